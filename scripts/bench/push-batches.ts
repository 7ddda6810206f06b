import { gzipSync } from 'node:zlib';
import { PushResponse, type PushRecord } from '../../shared/push.ts';
import type { SimDevice } from '../../sync-server/test/support/sim-device.ts';

/** A gzip push body, as `fetch` takes it. */
type Body = ReturnType<typeof gzipSync>;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The gzip push bodies a tablet would send for these records, `batchSize` records each. */
export function gzipBodies(sim: SimDevice, records: readonly PushRecord[], batchSize: number): Body[] {
  return chunk(records, batchSize).map((batch) => gzipSync(JSON.stringify(sim.requestBody(batch))));
}

/** One push, answered before it resolves; every record must be accepted. */
export async function pushBatch(url: string, token: string, body: Body): Promise<void> {
  const res = await fetch(`${url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    body,
  });
  const { results } = PushResponse.parse(await res.json());
  const notAccepted = results.filter((r) => r.status !== 'accepted');
  if (notAccepted.length > 0) throw new Error(`push not accepted: ${JSON.stringify(notAccepted.slice(0, 3))}`);
}

/** One batch at a time, as a tablet sends its outbox. */
export async function pushAll(url: string, token: string, bodies: readonly Body[]): Promise<void> {
  for (const body of bodies) await pushBatch(url, token, body);
}
