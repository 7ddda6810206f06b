import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServer, enrollDevice, login, createStaff, type TestServer } from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

const CALLERS = ['anonymous', 'device', 'analyst', 'officer', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

let server: TestServer;
const tokens: Partial<Record<Caller, string>> = {};
let deviceId = '';
let victimDeviceId = '';
const record = makePushRecord();
let unique = 0;

beforeAll(async () => {
  server = await makeTestServer();
  tokens.admin = await login(server);
  tokens.officer = await createStaff(server, 'officer');
  tokens.analyst = await createStaff(server, 'analyst');
  const device = await enrollDevice(server);
  tokens.device = device.token;
  deviceId = device.deviceId;
  victimDeviceId = (await enrollDevice(server)).deviceId;
  await pushRecords(server, device, [record]);
});
afterAll(() => server.cleanup());

type Body = () => unknown;
const revision = async () =>
  (await server.db.get<{ revision: number }>('SELECT revision FROM records WHERE id = ?', [record.id]))?.revision;
const next = () => ++unique;

/** Expected status per caller: anonymous, device, analyst, officer, admin. */
const MATRIX: [string, string, Body | null, [number, number, number, number, number]][] = [
  ['GET', '/health', null, [200, 200, 200, 200, 200]],
  ['POST', '/sessions', () => ({ username: 'nobody', password: 'wrong password' }), [401, 401, 401, 401, 401]],
  ['POST', '/devices/enroll', () => ({ code: 'NOSUCHCODE' }), [400, 400, 400, 400, 400]],
  ['GET', '/config', null, [401, 200, 200, 200, 200]],
  ['POST', '/sync/push', () => makePushRequest(deviceId, []), [401, 200, 403, 403, 403]],
  [
    'PUT',
    '/sync/status',
    () => ({ outbox: { pending: 0, oldestPendingAt: null }, client: { appVersion: 'test', storagePersisted: true } }),
    [401, 200, 403, 403, 403],
  ],
  [
    'POST',
    '/users',
    () => ({ username: `user-${next()}`, password: 'a long enough password', role: 'analyst' }),
    [401, 403, 403, 403, 201],
  ],
  ['GET', '/users', null, [401, 403, 403, 403, 200]],
  ['PATCH', '/users/nobody', () => ({ role: 'officer' }), [401, 403, 403, 403, 404]],
  ['GET', '/deployment', null, [401, 403, 200, 200, 200]],
  ['PUT', '/deployment', () => UGANDA, [401, 403, 403, 403, 200]],
  ['GET', '/fmps', null, [401, 403, 200, 200, 200]],
  ['POST', '/fmps', () => ({ code: `NEW_${next()}`, name: 'New', district: 'Kasese' }), [401, 403, 403, 403, 201]],
  ['PATCH', '/fmps/GOLI', () => ({ name: 'Goli' }), [401, 403, 403, 403, 200]],
  ['POST', '/enrollments', () => ({ fmp: 'GOLI' }), [401, 403, 403, 201, 201]],
  ['GET', '/devices', null, [401, 403, 403, 200, 200]],
  ['PATCH', '/devices/:victim', () => ({ fmp: next() % 2 ? 'GOLI' : 'MPONDWE' }), [401, 403, 403, 200, 200]],
  ['DELETE', '/devices/:victim', null, [401, 403, 403, 200, 200]],
  ['GET', '/records', null, [401, 403, 403, 200, 200]],
  ['GET', '/records/:record', null, [401, 403, 403, 200, 200]],
  ['POST', '/records/:record/approve', () => ({}), [401, 403, 403, 200, 200]],
  ['POST', '/records/:record/flag', () => ({ comment: 'check' }), [401, 403, 403, 200, 200]],
  [
    'POST',
    '/records/:record/corrections',
    async () => ({ changes: { notes: `n${next()}` }, reason: 'typo', baseRevision: await revision() }),
    [401, 403, 403, 201, 201],
  ],
  ['GET', '/conflicts', null, [401, 403, 403, 200, 200]],
  ['POST', '/conflicts/999999/resolve', () => ({ action: 'keep-stored', comment: 'x' }), [401, 403, 403, 404, 404]],
  ['GET', '/quarantine', null, [401, 403, 403, 200, 200]],
  ['POST', '/quarantine/999999/resolve', () => ({ action: 'dismiss', comment: 'x' }), [401, 403, 403, 404, 404]],
  ['GET', '/audit', null, [401, 403, 403, 200, 200]],
  ['GET', '/exports/fmr.csv', null, [401, 403, 200, 200, 200]],
  ['GET', '/exports/fms.csv', null, [401, 403, 403, 200, 200]],
  ['GET', '/exports/screening.csv', null, [401, 403, 403, 200, 200]],
  ['GET', '/exports/fmr.xlsx', null, [401, 403, 200, 200, 200]],
  ['GET', '/exports/fms.xlsx', null, [401, 403, 403, 200, 200]],
  ['GET', '/exports/screening.xlsx', null, [401, 403, 403, 200, 200]],
  ['GET', '/aggregates?by=day', null, [401, 403, 200, 200, 200]],
  ['GET', '/aggregates.csv?by=day', null, [401, 403, 200, 200, 200]],
  ['GET', '/aggregates.xlsx?by=day', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/$metadata', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fmr', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fmr_choices', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fmr_daily', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fmr_cube', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fmr_monthly', null, [401, 403, 200, 200, 200]],
  ['GET', '/odata/fms', null, [401, 403, 403, 200, 200]],
  ['GET', '/odata/screening_choices', null, [401, 403, 403, 200, 200]],
  ['GET', '/feed-tokens', null, [401, 403, 403, 403, 200]],
  ['POST', '/feed-tokens', () => ({ name: `Power BI ${next()}`, role: 'analyst' }), [401, 403, 403, 403, 201]],
  ['DELETE', '/feed-tokens/999999', null, [401, 403, 403, 403, 404]],
  ['GET', '/forms', null, [401, 403, 200, 200, 200]],
  ['GET', '/forms/fms/1', null, [401, 403, 200, 200, 200]],
  ['GET', '/forms/fms/1.xlsx', null, [401, 403, 200, 200, 200]],
  ['POST', '/forms/check', () => ({ ...FMS_V1, version: 2 }), [401, 403, 403, 403, 200]],
  // Published already, and the only FMS version in use: the admin gets as far as the 409s.
  ['POST', '/forms', () => FMS_V1, [401, 403, 403, 403, 409]],
  ['POST', '/forms/fms/1/retire', null, [401, 403, 403, 403, 409]],
  ['GET', '/webhooks', null, [401, 403, 403, 403, 200]],
  [
    'POST',
    '/webhooks',
    () => ({ url: `https://receiver.example.org/${next()}`, secret: 'a receiver secret of some length' }),
    [401, 403, 403, 403, 201],
  ],
  ['PATCH', '/webhooks/999999', () => ({ disabled: true }), [401, 403, 403, 403, 404]],
  ['DELETE', '/webhooks/999999', null, [401, 403, 403, 403, 404]],
  ['DELETE', '/sessions/current', null, [204, 204, 204, 204, 204]],
];

const cases = MATRIX.flatMap(([method, path, body, statuses]) =>
  CALLERS.map((caller, i) => [`${method} ${path}`, caller, method, path, body, statuses[i] ?? 0] as const),
);

describe('the role matrix', () => {
  it.each(cases)('%s as %s', async (_name, caller, method, path, body, expected) => {
    const url = `/api/v1${path.replace(':victim', victimDeviceId).replace(':record', record.id)}`;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const token = tokens[caller];
    if (token && path !== '/sessions/current') headers.Authorization = `Bearer ${token}`;
    const res = await server.app.request(url, {
      method,
      headers,
      body: body ? JSON.stringify(await body()) : undefined,
    });
    expect(res.status).toBe(expected);
  });
});
