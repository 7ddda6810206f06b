import { startServer } from '../../sync-server/test/support/server-process.ts';
import { adminToken, enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { SimDevice } from '../../sync-server/test/support/sim-device.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';
import { firstArrivals, startWebhookReceiver } from '../../sync-server/test/support/webhook-receiver.ts';
import { freshPostgres } from './bench-postgres.ts';
import { percentile } from './aggregates-latency.ts';
import { loadavg } from 'node:os';

export interface WebhookLagResult {
  engine: 'sqlite' | 'postgres';
  recordsPerSecond: number;
  records: number;
  devices: number;
  recordsPerPush: number;
  /** The receiver's deliveries: fewer than records, as a delivery takes what has queued up. */
  deliveries: number;
  /** From the start of the push that carried a record to the receiver taking it. */
  lagMs: { p50: number; p95: number; max: number };
  /** The baseline in the same run: from the start of a push to its answer, what the tablet waits. */
  pushMs: { p50: number; p95: number };
  /** The machine's 1-minute load average at the end: other work slows both figures alike. */
  loadAverage: number;
}

const SECRET = 'the benchmark receiver checks every signature';
const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

const summary = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
};

/**
 * Devices push at a steady `recordsPerSecond` to the server process, with the default webhook settings and
 * one webhook to a receiver on loopback that checks every signature; each record's lag is measured from
 * the start of its push to its first arrival.
 */
export async function benchWebhookLag(
  engine: 'sqlite' | 'postgres',
  { recordsPerSecond = 100, seconds = 30, devices = 5, recordsPerPush = 10 } = {},
): Promise<WebhookLagResult> {
  const postgres = engine === 'postgres' ? await freshPostgres() : undefined;
  const receiver = await startWebhookReceiver(SECRET);
  const server = await startServer(postgres ? { database: { engine: 'postgres', url: postgres.url } } : {});
  try {
    const admin = await adminToken(server.url);
    const registered = await fetch(`${server.url}/api/v1/webhooks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: receiver.url, secret: SECRET }),
    });
    if (registered.status !== 201) throw new Error(`webhook not registered: ${registered.status}`);
    const random = seededRandom(20261203);
    const sims = (await enrollDevices(server.url, devices)).map((c) => new SimDevice(c, random));
    const pushStarted = new Map<string, number>();
    const pushMs: number[] = [];
    const pushes: Promise<void>[] = [];
    const everyMs = (1000 * recordsPerPush) / recordsPerSecond;
    const count = Math.round((seconds * 1000) / everyMs);
    const started = performance.now();
    // Wall-clock start times: the receiver stamps arrivals with Date.now().
    for (let i = 0; i < count; i++) {
      await sleepUntil(started + i * everyMs);
      const sim = sims[i % sims.length];
      if (!sim) continue;
      const records = sim.create(recordsPerPush);
      const at = Date.now();
      for (const r of records) pushStarted.set(r.id, at);
      // Exactly these records, even while the device's previous push is still on its way.
      pushes.push(
        sim.send(server.url, sim.requestBody(records)).then((outcome) => {
          if (outcome.kind !== 'answered') throw new Error(`a push got no answer: ${outcome.reason}`);
          if (outcome.results.some((r) => r.status !== 'accepted')) throw new Error('a pushed record was not accepted');
          pushMs.push(Date.now() - at);
          sim.applyResults(outcome.results);
        }),
      );
    }
    await Promise.all(pushes);
    const deadline = Date.now() + 60_000;
    while (firstArrivals(receiver.arrivals).length < pushStarted.size) {
      if (Date.now() > deadline)
        throw new Error(`the receiver got ${firstArrivals(receiver.arrivals).length} of ${pushStarted.size} records`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (receiver.badSignatures > 0) throw new Error(`${receiver.badSignatures} deliveries did not verify`);
    const lags = firstArrivals(receiver.arrivals).map((a) => a.at - (pushStarted.get(a.event.record.id) ?? NaN));
    const push = summary(pushMs);
    return {
      engine,
      recordsPerSecond,
      records: pushStarted.size,
      devices,
      recordsPerPush,
      deliveries: receiver.deliveries,
      lagMs: summary(lags),
      pushMs: { p50: push.p50, p95: push.p95 },
      loadAverage: loadavg()[0] ?? NaN,
    };
  } finally {
    await server.stop();
    await receiver.stop();
    await postgres?.drop();
  }
}
