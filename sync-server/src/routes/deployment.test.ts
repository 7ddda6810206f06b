import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  authed,
  jsonRequest,
  login,
  type TestServer,
} from '../../test/support/test-server.ts';
import { ConfigResponse } from '../../../shared/api.ts';
import type { FmpView } from '../../../shared/staff-admin.ts';
import { ETHIOPIA, UGANDA } from '../../../shared/test/deployments.ts';

let server: TestServer;
let admin: string;
let device: string;

beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
  device = (await enrollDevice(server)).token;
});
afterAll(() => server.cleanup());

const read = async () => (await server.app.request('/api/v1/deployment', authed(admin))).json();
const put = (body: unknown) => server.app.request('/api/v1/deployment', jsonRequest('PUT', body, admin));
const config = async () => {
  const res = await server.app.request('/api/v1/config', authed(device));
  return { etag: res.headers.get('ETag'), body: ConfigResponse.parse(await res.json()) };
};

describe('the deployment', () => {
  it('starts as the first deployment, in /config too', async () => {
    expect(await read()).toEqual(UGANDA);
    expect((await config()).body.deployment).toEqual(UGANDA);
  });

  it.each([
    [{ ...ETHIOPIA, country: 'ETHIOPIA' }, 'unknown-country', 'country'],
    [{ ...ETHIOPIA, country: 'UNK' }, 'unknown-country', 'country'],
    [{ ...ETHIOPIA, timeZone: 'Africa/Adis_Ababa' }, 'unknown-time-zone', 'timeZone'],
    [{ ...ETHIOPIA, timeZone: '+03:00' }, 'unknown-time-zone', 'timeZone'],
    [{ ...ETHIOPIA, neighbours: ['KEN', 'ETH'] }, 'invalid-neighbours', 'neighbours.1'],
    [{ country: 'ETH' }, 'unknown-time-zone', 'timeZone'],
  ])('refuses %j with %s, changing nothing', async (body, code, path) => {
    const res = await put(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
    expect(error.code).toBe(code);
    expect(error.message).toContain(path);
    expect(error.details[0]?.path).toBe(path);
    expect(await read()).toEqual(UGANDA);
  });

  it('refuses a body that is no deployment at all with invalid-request', async () => {
    const res = await put(['ETH']);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-request');
  });

  it('is set by the admin: audited, in /config with a new ETag, and the zone of new FMPs', async () => {
    const before = await config();
    const res = await put(ETHIOPIA);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(ETHIOPIA);
    expect(await read()).toEqual(ETHIOPIA);

    const after = await config();
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.deployment).toEqual(ETHIOPIA);

    const audit = (await (
      await server.app.request('/api/v1/audit?action=deployment.update', authed(admin))
    ).json()) as {
      entries: { target: string; username: string; details: unknown }[];
    };
    expect(audit.entries).toMatchObject([
      { target: 'deployment', username: 'admin', details: { before: UGANDA, after: ETHIOPIA } },
    ]);

    const created = await server.app.request(
      '/api/v1/fmps',
      jsonRequest('POST', { code: 'MOYALE', name: 'Moyale', district: 'Borena' }, admin),
    );
    expect(((await created.json()) as FmpView).timeZone).toBe('Africa/Addis_Ababa');
    const kept = (await (await server.app.request('/api/v1/fmps', authed(admin))).json()) as { fmps: FmpView[] };
    expect(kept.fmps.find((f) => f.code === 'GOLI')?.timeZone).toBe(UGANDA.timeZone);
  });
});
