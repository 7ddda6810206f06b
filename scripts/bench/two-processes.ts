import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { SimDevice } from '../../sync-server/test/support/sim-device.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';
import { gzipBodies, median, pushBatch } from './push-batches.ts';
import { freshPostgres } from './bench-postgres.ts';

export interface TwoProcessesResult {
  devices: number;
  /** Per device and round. */
  records: number;
  rounds: number;
  batchSize: number;
  oneRecordsPerSecond: number;
  twoRecordsPerSecond: number;
  /** Two processes over one: the median of the rounds' ratios. */
  ratio: number;
}

/** The servers of one setup on a database of their own, and its devices; each push goes to the next server in turn. */
async function setup(processes: number, devices: number) {
  const database = await freshPostgres();
  const servers: ServerProcess[] = [];
  for (let i = 0; i < processes; i++)
    servers.push(await startServer({ database: { engine: 'postgres', url: database.url } }));
  const random = seededRandom(20261206 + processes);
  const sims = (await enrollDevices(servers[0]?.url ?? '', devices)).map(
    (credentials) => new SimDevice(credentials, random),
  );
  let turn = 0;
  // The client side's round robin: what a load balancer in front of the processes would do.
  const nextUrl = () => servers[turn++ % servers.length]?.url ?? '';
  return {
    /** Every device pushes its records at once, each one batch at a time; resolves to records a second. */
    async round(records: number, batchSize: number): Promise<number> {
      const bodies = sims.map((sim) => gzipBodies(sim, sim.create(records), batchSize));
      const started = performance.now();
      await Promise.all(
        sims.map(async (sim, i) => {
          for (const body of bodies[i] ?? []) await pushBatch(nextUrl(), sim.credentials.token, body);
        }),
      );
      return (records * sims.length) / ((performance.now() - started) / 1000);
    },
    async close() {
      for (const server of servers) await server.stop();
      await database.drop();
    },
  };
}

/**
 * Devices pushing at the same time to one server process, and to two on one database behind a
 * round robin, in alternating rounds so that both see the same machine load; a warm-up round each first.
 */
export async function benchTwoProcesses({
  devices = 6,
  recordsPerDevice = 3000,
  rounds = 3,
  batchSize = 500,
} = {}): Promise<TwoProcessesResult> {
  const one = await setup(1, devices);
  const two = await setup(2, devices);
  try {
    await one.round(batchSize * 2, batchSize);
    await two.round(batchSize * 2, batchSize);
    const oneRates: number[] = [];
    const twoRates: number[] = [];
    for (let round = 0; round < rounds; round++) {
      oneRates.push(await one.round(recordsPerDevice, batchSize));
      twoRates.push(await two.round(recordsPerDevice, batchSize));
    }
    return {
      devices,
      records: recordsPerDevice,
      rounds,
      batchSize,
      oneRecordsPerSecond: median(oneRates),
      twoRecordsPerSecond: median(twoRates),
      ratio: median(twoRates.map((rate, i) => rate / (oneRates[i] ?? Number.NaN))),
    };
  } finally {
    await one.close();
    await two.close();
  }
}
