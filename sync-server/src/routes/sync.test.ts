import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { makeTestServer, enrollDevice, jsonRequest, login, type TestServer } from '../testing/test-server.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test-fixtures.ts';
import { MAX_PUSH_RECORDS, type PushResponse } from '../../../shared/push.ts';
import { MAX_PUSH_DECODED_BYTES } from './sync.ts';

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

const storedSnapshot = () => ({
  records: server.db.prepare('SELECT * FROM records ORDER BY id').all(),
  conflicts: server.db.prepare('SELECT record_id, body FROM record_conflicts ORDER BY id').all(),
  quarantine: server.db.prepare('SELECT record_id, body, errors FROM record_quarantine ORDER BY id').all(),
});

describe('POST /api/v1/sync/push', () => {
  it('accepts a valid record and stores it with the device seq', async () => {
    const record = makePushRecord({ seq: 1 });
    const { results, serverTime } = await pushOk([record]);
    expect(results).toEqual([{ id: record.id, status: 'accepted' }]);
    expect(serverTime).toBe('2026-11-20T10:00:00.000Z');
    const row = server.db.prepare('SELECT seq, device_id, data FROM records WHERE id = ?').get(record.id) as {
      seq: number; device_id: string; data: string;
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
    expect(storedSnapshot().records).toHaveLength(1);
  });

  it('keeps a same-id record with other content aside as a conflict, never overwriting', async () => {
    const record = makePushRecord();
    await pushOk([record]);
    const changed = { ...record, data: makeFmrData({ notes: 'edited later' }) };
    const { results } = await pushOk([changed]);
    expect(results).toEqual([{ id: record.id, status: 'conflict' }]);
    const stored = server.db.prepare('SELECT data FROM records WHERE id = ?').get(record.id) as { data: string };
    expect(JSON.parse(stored.data).notes).toBe('');
    expect(storedSnapshot().conflicts).toHaveLength(1);
  });

  it('quarantines an invalid record with its errors and still accepts the others', async () => {
    const good = makePushRecord();
    const empty = makePushRecord({
      data: makeFmrData({ males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0, pregnant_lactating: 0 }),
    });
    const { results } = await pushOk([empty, good]);
    expect(results[0]).toMatchObject({ id: empty.id, status: 'rejected', errors: [{ code: 'grid-empty' }] });
    expect(results[1]).toEqual({ id: good.id, status: 'accepted' });
    expect(storedSnapshot().quarantine).toHaveLength(1);
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
    expect(storedSnapshot().records).toHaveLength(0);
  });

  it('rejects a record without a valid id, answering with the id it had', async () => {
    const { results } = await pushOk([{ ...makePushRecord(), id: 'not-a-uuid' }, { nothing: true }]);
    expect(results.map((r) => [r.id, r.status])).toEqual([['not-a-uuid', 'rejected'], [null, 'rejected']]);
  });

  it('rejects a seq reused by this device under another id', async () => {
    await pushOk([makePushRecord({ seq: 7 })]);
    const { results } = await pushOk([makePushRecord({ seq: 7 })]);
    expect(results[0]).toMatchObject({ status: 'rejected', errors: [{ code: 'seq-reused' }] });
  });

  it('stores nothing new when a batch is replayed, in any order', async () => {
    const records = [makePushRecord(), makePushRecord({ data: makeFmrData({ notes: 'x' }) }), { broken: 1 }];
    await pushOk(records);
    const before = storedSnapshot();
    await pushOk([...records].reverse());
    await pushOk(records);
    expect(storedSnapshot()).toEqual(before);
  });

  it('records the outbox and client state the device reported', async () => {
    const body = { ...makePushRequest(device.deviceId, []), outbox: { pending: 3, oldestPendingAt: '2026-11-19T08:00:00+03:00' } };
    await server.app.request('/api/v1/sync/push', jsonRequest('POST', body, device.token));
    const row = server.db.prepare('SELECT outbox_pending, oldest_pending_at, app_version, last_seen_at FROM devices').get();
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
      headers: { Authorization: `Bearer ${device.token}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify(makePushRequest(device.deviceId, [record]))),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as PushResponse).results[0]?.status).toBe('accepted');
  });
});

describe('POST /api/v1/sync/push refuses bad requests and changes nothing', () => {
  const gzipHeaders = (token: string) => ({
    Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip',
  });

  it.each([
    ['malformed JSON', 400, 'invalid-json', () => ({ method: 'POST', headers: { Authorization: `Bearer ${device.token}` }, body: '{"deviceId":' })],
    ['records not a list', 400, 'invalid-request', () => jsonRequest('POST', { ...makePushRequest(device.deviceId, []), records: 'x' }, device.token)],
    ['too many records', 413, 'too-many-records', () => jsonRequest('POST', makePushRequest(device.deviceId, Array.from({ length: MAX_PUSH_RECORDS + 1 }, () => ({}))), device.token)],
    ['a gzip bomb', 413, 'payload-too-large', () => ({ method: 'POST', headers: gzipHeaders(device.token), body: gzipSync(Buffer.alloc(MAX_PUSH_DECODED_BYTES + 1, 32)) })],
    ['broken gzip', 400, 'invalid-gzip', () => ({ method: 'POST', headers: gzipHeaders(device.token), body: 'not gzip' })],
    ['another device id', 403, 'device-mismatch', () => jsonRequest('POST', makePushRequest('someone-else', [makePushRecord()]), device.token)],
    ['no token', 401, 'unauthenticated', () => jsonRequest('POST', makePushRequest(device.deviceId, [makePushRecord()]))],
    ['a wrong token', 401, 'invalid-token', () => jsonRequest('POST', makePushRequest(device.deviceId, [makePushRecord()]), 'wrong')],
  ] as const)('%s gets %i %s', async (_name, status, code, init) => {
    await pushOk([makePushRecord()]);
    const before = storedSnapshot();
    const res = await server.app.request('/api/v1/sync/push', init());
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(storedSnapshot()).toEqual(before);
  });

  it('gives a staff token 403', async () => {
    const admin = await login(server);
    const res = await push([makePushRecord()], { token: admin });
    expect(res.status).toBe(403);
  });

  it('gives a revoked device 401 at once', async () => {
    const admin = await login(server);
    const revoke = await server.app.request(`/api/v1/devices/${device.deviceId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${admin}` } });
    expect(revoke.status).toBe(200);
    const res = await push([makePushRecord()]);
    expect(res.status).toBe(401);
    expect(storedSnapshot().records).toHaveLength(0);
  });
});
