import { beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import type { PushResponse } from '../../../shared/push.ts';

const scene = useDeviceScene();
let server: TestServer, device: DeviceScene['device'];
beforeEach(() => void ({ server, device } = scene()));

/** Posts raw bytes, as a tablet or a broken proxy could send them. */
function pushBytes(body: Buffer, headers: Record<string, string> = {}) {
  return server.app.request('/api/v1/sync/push', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}`, ...headers },
    body: new Uint8Array(body),
  });
}

/** The JSON text of a push whose record has `marker` where the text goes; the marker is swapped for raw JSON. */
function pushText(records: unknown[]): string {
  return JSON.stringify(makePushRequest(device.deviceId, records));
}

const count = async (table: string) =>
  (await server.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0;

describe('a push body that is not valid UTF-8', () => {
  const invalid = () => {
    const text = pushText([makePushRecord({ enumerator: 'MARKER' })]);
    const [before = '', after = ''] = text.split('MARKER');
    return Buffer.concat([Buffer.from(before), Buffer.from([0x41, 0xff, 0xfe, 0x42]), Buffer.from(after)]);
  };

  it('is refused whole with invalid-utf8, and nothing is stored', async () => {
    const res = await pushBytes(invalid());
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-utf8');
    expect(await count('records')).toBe(0);
  });

  it('is refused whole with invalid-utf8 when it came gzipped', async () => {
    const res = await pushBytes(gzipSync(invalid()), { 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-utf8');
    expect(await count('records')).toBe(0);
  });
});

describe('a record whose text holds a lone surrogate or a control character', () => {
  /** JSON escapes such as "\ud800" survive JSON.parse: they are written into the text by hand. */
  async function pushWithEscape(record: Record<string, unknown>, escape: string) {
    const good = makePushRecord();
    const text = pushText([good, record]).replace('MARKER', escape);
    const res = await pushBytes(Buffer.from(text));
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as PushResponse;
    expect(results[0]).toEqual({ id: good.id, status: 'accepted' });
    return results[1];
  }

  it.each([
    ['a lone surrogate in enumerator', { enumerator: 'Ami MARKER' }, '\\ud800', 'unpaired-surrogate', 'enumerator'],
    [
      'a lone low surrogate in a data text field',
      { data: makeFmrData({ notes: 'MARKER x' }) },
      '\\udc00',
      'unpaired-surrogate',
      'data.notes',
    ],
    ['a NUL in notes', { data: makeFmrData({ notes: 'a MARKER b' }) }, '\\u0000', 'control-character', 'data.notes'],
    ['an escape character in enumerator', { enumerator: 'Ami MARKER' }, '\\u001b', 'control-character', 'enumerator'],
  ])('rejects, alone, a record with %s', async (_name, overrides, escape, code, path) => {
    const record = makePushRecord(overrides as never);
    const result = await pushWithEscape(record, escape);
    expect(result).toMatchObject({ id: record.id, status: 'rejected', errors: [{ code, path }] });
    expect(await count('records')).toBe(1);
    expect(await count('record_quarantine')).toBe(1);
  });

  it('accepts tabs, line breaks and paired surrogates (an emoji) in notes', async () => {
    const record = makePushRecord({ data: makeFmrData({ notes: 'MARKER' }) });
    const result = await pushWithEscape(record, 'a\\tb\\r\\nc \\ud83d\\ude00');
    expect(result).toEqual({ id: record.id, status: 'accepted' });
  });
});
