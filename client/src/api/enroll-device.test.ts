import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../../test/support/fake-fetch.ts';
import { ENROLL_PATH, enrollDevice } from './enroll-device.ts';
import { enrollErrorKey } from './enroll-error-key.ts';

function replying(response: Response | Error) {
  const sent: { url: string; body: unknown }[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    sent.push({ url: String(input), body: JSON.parse(typeof init?.body === 'string' ? init.body : 'null') });
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { fetchFn, sent };
}

const device = { deviceId: 'dev-1', token: 't'.repeat(43), fmp: 'MPONDWE' };

describe('enrollDevice', () => {
  it('sends the normalised code and the label, and returns the credentials', async () => {
    const { fetchFn, sent } = replying(jsonResponse(device, 201));
    const outcome = await enrollDevice(fetchFn, { code: 'abcde-fgh0o ', label: ' Tablet 3 ' });
    expect(sent).toEqual([{ url: ENROLL_PATH, body: { code: 'ABCDEFGH00', label: 'Tablet 3' } }]);
    expect(outcome).toEqual({ ok: true, device });
  });

  it('leaves out an empty label', async () => {
    const { fetchFn, sent } = replying(jsonResponse(device, 201));
    await enrollDevice(fetchFn, { code: 'ABCDEFGH00', label: '  ' });
    expect(sent[0]?.body).toEqual({ code: 'ABCDEFGH00' });
  });

  it('does not call the server without a code', async () => {
    const { fetchFn, sent } = replying(jsonResponse(device, 201));
    expect(await enrollDevice(fetchFn, { code: ' - ', label: '' })).toMatchObject({ ok: false });
    expect(sent).toHaveLength(0);
  });

  it('returns the error envelope the server sent', async () => {
    const { fetchFn } = replying(jsonResponse({ error: { code: 'enrollment-code-expired', message: 'Expired' } }, 400));
    expect(await enrollDevice(fetchFn, { code: 'ABCDEFGH00', label: '' })).toEqual({
      ok: false,
      failure: { status: 400, code: 'enrollment-code-expired', message: 'Expired' },
    });
  });

  it('reports a network failure as such', async () => {
    const { fetchFn } = replying(new TypeError('Failed to fetch'));
    expect(await enrollDevice(fetchFn, { code: 'ABCDEFGH00', label: '' })).toMatchObject({
      ok: false,
      failure: { code: 'network' },
    });
  });
});

describe('enrollErrorKey', () => {
  it.each([
    [{ status: 0, code: 'network' }, 'enroll.network'],
    [{ status: 400, code: 'invalid-enrollment-code' }, 'enroll.invalidCode'],
    [{ status: 400, code: 'enrollment-code-expired' }, 'enroll.expiredCode'],
    [{ status: 409, code: 'enrollment-code-used' }, 'enroll.expiredCode'],
    [{ status: 409, code: 'enrollment-fmp-inactive' }, 'enroll.fmpInactive'],
    [{ status: 404, code: 'something-new' }, 'enroll.invalidCode'],
    [{ status: 410, code: 'http-410' }, 'enroll.expiredCode'],
    [{ status: 429, code: 'slow-down' }, 'enroll.tooMany'],
    [{ status: 502, code: 'http-502' }, 'enroll.server'],
    [{ status: 418, code: 'teapot' }, 'enroll.unknown'],
  ])('explains %j as %s', (failure, key) => {
    expect(enrollErrorKey({ ...failure, message: '' })).toBe(key);
  });
});
