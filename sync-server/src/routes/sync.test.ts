import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  makeTestServer,
  enrollDevice,
  jsonRequest,
  login,
  authed,
  type TestServer,
} from '../../test/support/test-server.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import { MAX_PUSH_RECORDS, type PushResponse } from '../../../shared/push.ts';
import { MAX_PUSH_BYTES, MAX_PUSH_DECODED_BYTES } from './sync.ts';

let server: TestServer;
let device: { deviceId: string; token: string };

beforeEach(async () => {
  server = await makeTestServer();
  device = await enrollDevice(server);
});
afterEach(() => server.cleanup());

async function push(records: unknown[], init: { token?: string; deviceId?: string } = {}) {
  const body = makePushRequest(init.deviceId ?? device.deviceId, records);
  return server.app.request('/api/v1/sync/push', jsonRequest('POST', body, init.token ?? device.token));
}

async function pushOk(records: unknown[]): Promise<PushResponse> {
  const res = await push(records);
  expect(res.status).toBe(200);
  return (await res.json()) as PushResponse;
}

const storedSnapshot = async () => ({
  records: await server.db.all('SELECT * FROM records ORDER BY id'),
  conflicts: await server.db.all('SELECT * FROM record_conflicts ORDER BY id'),
  quarantine: await server.db.all('SELECT * FROM record_quarantine ORDER BY id'),
  devices: await server.db.all('SELECT * FROM devices ORDER BY id'),
  seqRanges: await server.db.all('SELECT * FROM device_seq_ranges ORDER BY device_id, first_seq'),
});

describe('POST /api/v1/sync/push', () => {
  it('accepts a valid record and stores it with the device seq', async () => {
    const record = makePushRecord({ seq: 1 });
    const { results, serverTime } = await pushOk([record]);
    expect(results).toEqual([{ id: record.id, status: 'accepted' }]);
    expect(serverTime).toBe('2026-11-20T10:00:00.000Z');
    const row = (await server.db.get('SELECT seq, device_id, data FROM records WHERE id = ?', [record.id])) as {
      seq: number;
      device_id: string;
      data: string;
    };
    expect(row.seq).toBe(1);
    expect(row.device_id).toBe(device.deviceId);
    expect(JSON.parse(row.data)).toEqual(record.data);
  });

  it('answers duplicate for the same id and content and stores it once', async () => {
    const record = makePushRecord();
    await pushOk([record]);
    const { results } = await pushOk([record, record]);
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect((await storedSnapshot()).records).toHaveLength(1);
  });

  it('judges records repeated inside one push as if they came one after the other', async () => {
    const record = makePushRecord({ seq: 1 });
    const other = { ...record, data: makeFmrData({ males_18_59: 9 }) };
    const sameSeq = makePushRecord({ seq: 1 });
    const { results } = await pushOk([record, record, other, sameSeq]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'conflict', 'rejected']);
    expect(results[3]?.errors?.map((e) => e.code)).toEqual(['seq-reused']);
    const stored = await storedSnapshot();
    expect(stored.records).toHaveLength(1);
    expect(JSON.parse((stored.records[0] as { data: string }).data)).toEqual(record.data);
    expect(stored.conflicts).toHaveLength(1);
  });

  it('keeps a same-id record with other content aside as a conflict, never overwriting', async () => {
    const record = makePushRecord();
    await pushOk([record]);
    const changed = { ...record, data: makeFmrData({ notes: 'edited later' }) };
    const { results } = await pushOk([changed]);
    expect(results).toEqual([{ id: record.id, status: 'conflict' }]);
    const stored = (await server.db.get('SELECT data FROM records WHERE id = ?', [record.id])) as { data: string };
    expect(JSON.parse(stored.data).notes).toBe('');
    expect((await storedSnapshot()).conflicts).toHaveLength(1);
  });

  it('quarantines an invalid record with its errors and still accepts the others', async () => {
    const good = makePushRecord();
    const empty = makePushRecord({
      data: makeFmrData({ males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0, pregnant_lactating: 0 }),
    });
    const { results } = await pushOk([empty, good]);
    expect(results[0]).toMatchObject({ id: empty.id, status: 'rejected', errors: [{ code: 'grid-empty' }] });
    expect(results[1]).toEqual({ id: good.id, status: 'accepted' });
    expect((await storedSnapshot()).quarantine).toHaveLength(1);
  });

  it.each([
    ['unknown-form', { form: 'nope' }],
    ['unknown-form-version', { formVersion: 99 }],
    ['not-a-whole-number', { data: makeFmrData({ males_18_59: '2' as unknown as number }) }],
    ['unknown-choice', { data: makeFmrData({ direction: 'sideways' as 'incoming' }) }],
    ['unknown-field', { data: { ...makeFmrData(), full_name: 'Jane' } }],
  ])('rejects a record with %s', async (code, overrides) => {
    const record = makePushRecord(overrides);
    const { results } = await pushOk([record]);
    expect(results[0]?.status).toBe('rejected');
    expect(results[0]?.errors?.map((e) => e.code)).toContain(code);
    expect((await storedSnapshot()).records).toHaveLength(0);
  });

  it('rejects a record without a valid id, answering with the id it had', async () => {
    const { results } = await pushOk([{ ...makePushRecord(), id: 'not-a-uuid' }, { nothing: true }]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['not-a-uuid', 'rejected'],
      [null, 'rejected'],
    ]);
  });

  it('stores nothing new when a batch is replayed, in any order', async () => {
    const records = [makePushRecord(), makePushRecord({ data: makeFmrData({ notes: 'x' }) }), { broken: 1 }];
    await pushOk(records);
    const before = await storedSnapshot();
    await pushOk([...records].reverse());
    await pushOk(records);
    expect(await storedSnapshot()).toEqual(before);
  });

  it('records the outbox and client state the device reported', async () => {
    const body = {
      ...makePushRequest(device.deviceId, []),
      outbox: { pending: 3, oldestPendingAt: '2026-11-19T08:00:00+03:00' },
    };
    await server.app.request('/api/v1/sync/push', jsonRequest('POST', body, device.token));
    const row = await server.db.get('SELECT outbox_pending, oldest_pending_at, app_version, last_seen_at FROM devices');
    expect(row).toEqual({
      outbox_pending: 3,
      oldest_pending_at: '2026-11-19T08:00:00+03:00',
      app_version: 'test',
      last_seen_at: '2026-11-20T10:00:00.000Z',
    });
  });

  it('accepts a gzip body', async () => {
    const record = makePushRecord();
    const res = await server.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${device.token}`,
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
      },
      body: gzipSync(JSON.stringify(makePushRequest(device.deviceId, [record]))),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as PushResponse).results[0]?.status).toBe('accepted');
  });
});

describe('POST /api/v1/sync/push answers', () => {
  it('in gzip when the device accepts it, and in plain JSON otherwise', async () => {
    const records = Array.from({ length: 50 }, () => makePushRecord());
    const body = makePushRequest(device.deviceId, records);
    const init = jsonRequest('POST', body, device.token);
    const zipped = await server.app.request('/api/v1/sync/push', {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    const results = JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()) as PushResponse;
    expect(results.results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
    const plain = await server.app.request('/api/v1/sync/push', jsonRequest('POST', body, device.token));
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(((await plain.json()) as PushResponse).results.map((r) => r.status)).toEqual(records.map(() => 'duplicate'));
  });
});

describe('POST /api/v1/sync/push refuses bad requests and changes nothing', () => {
  const gzipHeaders = (token: string) => ({
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    'Content-Encoding': 'gzip',
  });
  const validPush = (token?: string) =>
    jsonRequest('POST', makePushRequest(device.deviceId, [makePushRecord()]), token);
  const revokedToken = async () => {
    const admin = await login(server);
    const revoke = await server.app.request(`/api/v1/devices/${device.deviceId}`, {
      method: 'DELETE',
      ...authed(admin),
    });
    expect(revoke.status).toBe(200);
    return validPush(device.token);
  };

  it.each([
    [
      'malformed JSON',
      400,
      'invalid-json',
      () => ({ method: 'POST', headers: { Authorization: `Bearer ${device.token}` }, body: '{"deviceId":' }),
    ],
    [
      'records not a list',
      400,
      'invalid-request',
      () => jsonRequest('POST', { ...makePushRequest(device.deviceId, []), records: 'x' }, device.token),
    ],
    [
      'an outbox count sent as text',
      400,
      'invalid-request',
      () =>
        jsonRequest(
          'POST',
          { ...makePushRequest(device.deviceId, []), outbox: { pending: '3', oldestPendingAt: null } },
          device.token,
        ),
    ],
    [
      'too many records',
      413,
      'too-many-records',
      () =>
        jsonRequest(
          'POST',
          makePushRequest(
            device.deviceId,
            Array.from({ length: MAX_PUSH_RECORDS + 1 }, () => ({})),
          ),
          device.token,
        ),
    ],
    [
      'a body over the size limit',
      413,
      'payload-too-large',
      () =>
        jsonRequest(
          'POST',
          { ...makePushRequest(device.deviceId, [makePushRecord()]), padding: ' '.repeat(MAX_PUSH_BYTES) },
          device.token,
        ),
    ],
    [
      'a gzip bomb',
      413,
      'payload-too-large',
      () => ({
        method: 'POST',
        headers: gzipHeaders(device.token),
        body: gzipSync(Buffer.alloc(MAX_PUSH_DECODED_BYTES + 1, 32)),
      }),
    ],
    [
      'broken gzip',
      400,
      'invalid-gzip',
      () => ({ method: 'POST', headers: gzipHeaders(device.token), body: 'not gzip' }),
    ],
    [
      'an encoding other than gzip',
      415,
      'unsupported-encoding',
      () => ({ ...validPush(device.token), headers: { ...gzipHeaders(device.token), 'Content-Encoding': 'br' } }),
    ],
    [
      'another device id',
      403,
      'device-mismatch',
      () => jsonRequest('POST', makePushRequest('someone-else', [makePushRecord()]), device.token),
    ],
    ['no token', 401, 'unauthenticated', () => validPush()],
    ['a wrong token', 401, 'invalid-token', () => validPush('wrong')],
    ['a revoked token', 401, 'invalid-token', revokedToken],
    ['a staff token', 403, 'forbidden', async () => validPush(await login(server))],
  ] as const)('%s gets %i %s', async (_name, status, code, init) => {
    await pushOk([makePushRecord(), makePushRecord({ form: 'nope' })]);
    const request = await init();
    const before = await storedSnapshot();
    const res = await server.app.request('/api/v1/sync/push', request);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(await storedSnapshot()).toEqual(before);
  });
});

describe('POST /api/v1/sync/push quarantines a bad record and changes nothing already stored', () => {
  it.each([
    ['an unknown form', 'unknown-form', () => makePushRecord({ form: 'census' })],
    ['an unknown form version', 'unknown-form-version', () => makePushRecord({ formVersion: 99 })],
    ['a seq this device already used for another id', 'seq-reused', () => makePushRecord({ seq: 1 })],
    ['a seq of the wrong type', null, () => ({ ...makePushRecord(), seq: 'one' })],
  ] as const)('rejects %s with %s', async (_name, code, bad) => {
    const stored = makePushRecord({ seq: 1 });
    await pushOk([stored]);
    await pushOk([{ ...stored, enumerator: 'Someone else' }, makePushRecord({ formVersion: 98 })]);
    const before = await storedSnapshot();
    expect([before.records.length, before.conflicts.length, before.quarantine.length]).toEqual([1, 1, 1]);
    const record = bad();
    const { results } = await pushOk([record]);
    expect(results).toMatchObject([{ id: record.id, status: 'rejected' }]);
    if (code) expect(results[0]?.errors?.map((e) => e.code)).toContain(code);
    else expect(results[0]?.errors?.map((e) => e.path)).toContain('seq');
    const after = await storedSnapshot();
    expect(after.records).toEqual(before.records);
    expect(after.conflicts).toEqual(before.conflicts);
    expect(after.quarantine.slice(0, -1)).toEqual(before.quarantine);
    expect(after.quarantine).toHaveLength(before.quarantine.length + 1);
  });
});
