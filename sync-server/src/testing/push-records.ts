import type { TestServer } from './test-server.ts';
import { jsonRequest } from './test-server.ts';
import { makePushRequest } from '../../../shared/test-fixtures.ts';
import type { PushResponse } from '../../../shared/push.ts';

/** Pushes records as an enrolled device and fails loudly if the push itself is refused. */
export async function pushRecords(server: TestServer, device: { deviceId: string; token: string }, records: unknown[]) {
  const res = await server.app.request('/api/v1/sync/push', jsonRequest('POST', makePushRequest(device.deviceId, records), device.token));
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as PushResponse).results;
}
