import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  jsonRequest,
  login,
  type TestServer,
} from '../../../sync-server/test/support/test-server.ts';
import { ETHIOPIA, UGANDA } from '../../../shared/test/deployments.ts';
import { fetchConfig } from './fetch-config.ts';
import { freshDatabase } from '../../test/support/fixtures.ts';

let server: TestServer;
let deps: Parameters<typeof fetchConfig>[0];
const statuses: number[] = [];

beforeAll(async () => {
  server = await makeTestServer();
  const device = await enrollDevice(server);
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await server.app.request(String(input), init);
    statuses.push(response.status);
    return response;
  };
  deps = { db: freshDatabase(), fetch: fetchFn as typeof fetch, device: { ...device, fmp: 'MPONDWE' } };
});
afterAll(() => server.cleanup());

describe('fetching /config after a sync', () => {
  it('gives the deployment, then nothing while it is unchanged, then the new one', async () => {
    const first = await fetchConfig(deps, null);
    expect(first.config?.deployment).toEqual(UGANDA);
    expect((await fetchConfig(deps, first.etag)).config).toBeNull();
    const admin = await login(server);
    await server.app.request('/api/v1/deployment', jsonRequest('PUT', ETHIOPIA, admin));
    expect((await fetchConfig(deps, first.etag)).config?.deployment).toEqual(ETHIOPIA);
    expect(statuses).toEqual([200, 304, 200]);
  });

  it('gives null when the server refuses the token', async () => {
    const refused = await fetchConfig({ ...deps, device: { deviceId: 'x', token: 'wrong', fmp: 'MPONDWE' } }, null);
    expect(refused.config).toBeNull();
  });
});
