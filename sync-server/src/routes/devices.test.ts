import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  jsonRequest,
  login,
  createStaff,
  authed,
  enrollDevice,
  type TestServer,
} from '../../test/support/test-server.ts';
import { formatEnrollmentCode } from '../../../shared/enrollment-code.ts';
import { DevicesResponse } from '../../../shared/devices.ts';
import type { PushRequest, PushResponse } from '../../../shared/push.ts';
import { makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import { hashToken } from '../auth/tokens.ts';

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await makeTestServer();
  admin = await login(server);
});
afterEach(() => server.cleanup());

async function newCode(fmp = 'MPONDWE', token = admin) {
  const res = await server.app.request('/api/v1/enrollments', jsonRequest('POST', { fmp }, token));
  return { res, body: (await res.json()) as { code: string; expiresAt: string } };
}

const enroll = (code: string) =>
  server.app.request('/api/v1/devices/enroll', jsonRequest('POST', { code, label: 'Tab 3' }));

describe('enrollment codes', () => {
  it('are created by admins and officers, expire in 24 hours and are short enough to type', async () => {
    const officer = await createStaff(server, 'officer');
    const { res, body } = await newCode('MPONDWE', officer);
    expect(res.status).toBe(201);
    expect(body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(body.expiresAt).toBe('2026-11-21T10:00:00.000Z');
  });

  it('are refused to analysts and for an unknown FMP', async () => {
    const analyst = await createStaff(server, 'analyst');
    expect((await newCode('MPONDWE', analyst)).res.status).toBe(403);
    const unknown = await newCode('ATLANTIS');
    expect(unknown.res.status).toBe(400);
  });

  it('are stored only hashed', async () => {
    const { body } = await newCode();
    const dump = JSON.stringify(await server.db.all('SELECT * FROM enrollment_codes'));
    expect(dump).not.toContain(body.code);
  });
});

describe('POST /api/v1/devices/enroll', () => {
  it('enrolls a device with a code typed in lower case with dashes', async () => {
    const { body } = await newCode('BUNAGANA');
    const res = await enroll(formatEnrollmentCode(body.code).toLowerCase());
    expect(res.status).toBe(201);
    const device = (await res.json()) as { deviceId: string; token: string; fmp: string };
    expect(device.fmp).toBe('BUNAGANA');
    expect(Buffer.from(device.token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const row = await server.db.get('SELECT token_hash, label FROM devices WHERE id = ?', [device.deviceId]);
    expect(row).toEqual({ token_hash: hashToken(device.token), label: 'Tab 3' });
  });

  it('uses a code only once', async () => {
    const { body } = await newCode();
    expect((await enroll(body.code)).status).toBe(201);
    const again = await enroll(body.code);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'enrollment-code-used' } });
  });

  it('refuses an expired code and an unknown one', async () => {
    const { body } = await newCode();
    server.clock.now = new Date('2026-11-21T10:00:01Z');
    expect(await (await enroll(body.code)).json()).toMatchObject({ error: { code: 'enrollment-code-expired' } });
    expect(await (await enroll('AAAAAAAAAA')).json()).toMatchObject({ error: { code: 'invalid-enrollment-code' } });
    expect(await server.db.get('SELECT count(*) AS n FROM devices')).toEqual({ n: 0 });
  });
});

describe('DELETE /api/v1/devices/:deviceId', () => {
  it('revokes a device so that its token gets 401 at once', async () => {
    const { body } = await newCode();
    const device = (await (await enroll(body.code)).json()) as { deviceId: string; token: string };
    expect((await server.app.request('/api/v1/config', authed(device.token))).status).toBe(200);
    const res = await server.app.request(`/api/v1/devices/${device.deviceId}`, { method: 'DELETE', ...authed(admin) });
    expect(res.status).toBe(200);
    expect((await server.app.request('/api/v1/config', authed(device.token))).status).toBe(401);
  });

  it('answers 404 for an unknown device and 403 for an analyst', async () => {
    expect((await server.app.request('/api/v1/devices/nope', { method: 'DELETE', ...authed(admin) })).status).toBe(404);
    const analyst = await createStaff(server, 'analyst');
    expect((await server.app.request('/api/v1/devices/nope', { method: 'DELETE', ...authed(analyst) })).status).toBe(
      403,
    );
  });
});

describe('GET /api/v1/devices', () => {
  const listDevicesAs = async (token: string) => {
    const res = await server.app.request('/api/v1/devices', authed(token));
    expect(res.status).toBe(200);
    return DevicesResponse.parse(await res.json()).devices;
  };

  const push = (
    device: { deviceId: string; token: string },
    seqs: number[],
    outbox: PushRequest['outbox'] = { pending: 0, oldestPendingAt: null },
  ) => {
    const body = {
      ...makePushRequest(
        device.deviceId,
        seqs.map((seq) => makePushRecord({ seq })),
      ),
      outbox,
    };
    return server.app.request('/api/v1/sync/push', jsonRequest('POST', body, device.token));
  };

  it('shows a freshly enrolled device that has not pushed yet', async () => {
    const device = await enrollDevice(server, 'ISHASHA');
    expect(await listDevicesAs(admin)).toEqual([
      {
        deviceId: device.deviceId,
        fmp: 'ISHASHA',
        label: 'tablet',
        enrolledAt: '2026-11-20T10:00:00.000Z',
        lastSeenAt: null,
        outboxPending: null,
        oldestPendingAt: null,
        highestContiguousSeq: 0,
        highestSeq: 0,
        gaps: [],
        missingSeqCount: 0,
        gapsTruncated: false,
        appVersion: null,
        storagePersisted: null,
        revoked: false,
        revokedAt: null,
      },
    ]);
  });

  it('shows what the device reported and the seqs that never arrived', async () => {
    const device = await enrollDevice(server);
    await push(device, [1, 2, 3, 7]);
    server.clock.now = new Date('2026-11-20T11:00:00Z');
    await push(device, [9, 10], { pending: 4, oldestPendingAt: '2026-11-20T08:00:00+03:00' });
    const [listed] = await listDevicesAs(admin);
    expect(listed).toMatchObject({
      lastSeenAt: '2026-11-20T11:00:00.000Z',
      outboxPending: 4,
      oldestPendingAt: '2026-11-20T08:00:00+03:00',
      highestContiguousSeq: 3,
      highestSeq: 10,
      gaps: [
        { first: 4, last: 6 },
        { first: 8, last: 8 },
      ],
      missingSeqCount: 4,
      appVersion: 'test',
      storagePersisted: true,
    });
  });

  it('does not count a rejected or conflicting record as a gap: it reached the server', async () => {
    const device = await enrollDevice(server);
    const first = makePushRecord({ seq: 1 });
    const invalid = makePushRecord({ seq: 2, formVersion: 99 });
    const conflicting = { ...first, seq: 3, enumerator: 'someone else' };
    const body = makePushRequest(device.deviceId, [first, invalid, conflicting]);
    const res = await server.app.request('/api/v1/sync/push', jsonRequest('POST', body, device.token));
    expect(((await res.json()) as PushResponse).results.map((r) => r.status)).toEqual([
      'accepted',
      'rejected',
      'conflict',
    ]);
    const [listed] = await listDevicesAs(admin);
    expect(listed).toMatchObject({ highestContiguousSeq: 3, gaps: [] });
  });

  it('shows a revoked device as revoked, and officers may look too', async () => {
    const device = await enrollDevice(server);
    await server.app.request(`/api/v1/devices/${device.deviceId}`, { method: 'DELETE', ...authed(admin) });
    const officer = await createStaff(server, 'officer');
    const [listed] = await listDevicesAs(officer);
    expect(listed).toMatchObject({ deviceId: device.deviceId, revoked: true, revokedAt: '2026-11-20T10:00:00.000Z' });
  });

  it('is refused to analysts, devices and anonymous callers', async () => {
    const analyst = await createStaff(server, 'analyst');
    const device = await enrollDevice(server);
    expect((await server.app.request('/api/v1/devices', authed(analyst))).status).toBe(403);
    expect((await server.app.request('/api/v1/devices', authed(device.token))).status).toBe(403);
    expect((await server.app.request('/api/v1/devices')).status).toBe(401);
  });
});
