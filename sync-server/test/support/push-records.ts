import type { TestServer } from './test-server.ts';
import { enrollDevice, jsonRequest } from './test-server.ts';
import { makePushRequest } from '../../../shared/test/fixtures.ts';
import type { PushRecord, PushResponse, PushResult } from '../../../shared/push.ts';

/** Pushes records as an enrolled device and fails loudly if the push itself is refused. */
export async function pushRecords(server: TestServer, device: { deviceId: string; token: string }, records: unknown[]) {
  const res = await server.app.request(
    '/api/v1/sync/push',
    jsonRequest('POST', makePushRequest(device.deviceId, records), device.token),
  );
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as PushResponse).results;
}

/** Pushes each record from a device enrolled at the record's own FMP, as the server requires; results in input order. */
export async function pushFromTheirFmps(server: TestServer, records: PushRecord[]): Promise<PushResult[]> {
  const results = new Map<string, PushResult>();
  for (const fmp of new Set(records.map((r) => String(r.data.fmp)))) {
    const group = records.filter((r) => String(r.data.fmp) === fmp);
    for (const result of await pushRecords(server, await enrollDevice(server, fmp), group))
      results.set(result.id ?? '', result);
  }
  return records.map((r) => results.get(r.id) ?? { id: r.id, status: 'rejected' });
}
