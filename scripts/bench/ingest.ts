import { gunzipSync } from 'node:zlib';
import { PushRequest } from '../../shared/push.ts';
import { ingestBatch } from '../../sync-server/src/ingest/ingest-batch.ts';
import type { Sql } from '../../sync-server/src/db/sql.ts';
import { startServer } from '../../sync-server/test/support/server-process.ts';
import { enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { SimDevice } from '../../sync-server/test/support/sim-device.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';
import { chunk, gzipBodies, median, pushAll } from './push-batches.ts';
import { countingSql } from './counting-sql.ts';
import { directRows, postgresStores, sqliteStores, type IngestStores } from './ingest-stores.ts';

export type Engine = 'sqlite' | 'postgres';

export interface IngestResult {
  engine: Engine;
  /** Per round. */
  records: number;
  rounds: number;
  batchSize: number;
  httpRecordsPerSecond: number;
  /** The server's own work on the same bodies in this process: gunzip, parse, `ingestBatch`; no HTTP. */
  inProcessRecordsPerSecond: number;
  directRecordsPerSecond: number;
  /**
   * What the server's ingest sends to the database per batch (BEGIN and COMMIT aside), counted on the
   * in-process path (the PostgreSQL baseline sends one).
   */
  statementsPerBatch: number;
  /** HTTP push over plain inserts. */
  ratio: number;
  /** In-process ingest over plain inserts. */
  inProcessRatio: number;
  gzipBytesPerBatch: number;
}

/** What the push route does with each body, minus HTTP: decode, parse, ingest in one transaction. */
async function ingestInProcess(sql: Sql, bodies: readonly Buffer[], receivedAt: string): Promise<void> {
  for (const body of bodies) {
    const push = PushRequest.parse(JSON.parse(gunzipSync(body).toString('utf8')));
    const results = await ingestBatch(sql, { ...push, deviceFmp: 'MPONDWE', receivedAt });
    if (results.some((r) => r.status !== 'accepted')) throw new Error('in-process ingest did not accept every record');
  }
}

async function insertDirect(stores: IngestStores, batches: readonly ReturnType<typeof directRows>[]): Promise<void> {
  for (const rows of batches) await stores.insertDirect(rows);
}

/**
 * The same FMR records stored three ways, in alternating rounds so that all see the same machine load:
 * pushed through HTTP to the real server process (gzip batches, one device, one batch at a time);
 * the same gzip bodies ingested in this process by the server's own code, to tell HTTP from ingest; and
 * inserted straight into a third database with the same schema (see `ingest-stores.ts` for how, per engine).
 * The three stores hold the same records before each round, since the cost of an insert grows with the
 * indexes it lands in. Each figure is the median of the rounds; the ratio is the median of the rounds' ratios.
 */
export async function benchIngest(
  engine: Engine,
  { recordsPerRound = 10_000, rounds = 3, batchSize = 500 } = {},
): Promise<IngestResult> {
  const random = seededRandom(20261120);
  const stores = engine === 'sqlite' ? sqliteStores() : await postgresStores();
  const server = await startServer(stores.server);
  try {
    const devices = await enrollDevices(server.url, rounds + 1);
    await stores.addDevices(devices.map((d) => d.deviceId));
    const receivedAt = new Date().toISOString();
    const counted = countingSql(stores.inProcess);

    const [warm, ...timed] = devices.map((credentials) => ({ credentials, sim: new SimDevice(credentials, random) }));
    if (!warm) throw new Error('enrollment failed');
    // A warm-up on all paths, not timed: JIT, statement caches, connections and the first pages of the databases.
    const warmRecords = warm.sim.create(2 * batchSize);
    const warmBodies = gzipBodies(warm.sim, warmRecords, batchSize);
    await pushAll(server.url, warm.credentials.token, warmBodies);
    await insertDirect(stores, chunk(directRows(warmRecords, warm.credentials.deviceId, receivedAt), batchSize));
    await ingestInProcess(counted.sql, warmBodies, receivedAt);
    const warmStatements = counted.statements();

    const http: number[] = [];
    const inProcess: number[] = [];
    const direct: number[] = [];
    const batchBytes: number[] = [];
    for (const { credentials, sim } of timed) {
      const records = sim.create(recordsPerRound);
      const bodies = gzipBodies(sim, records, batchSize);
      batchBytes.push(...bodies.map((b) => b.length));
      const httpStarted = performance.now();
      await pushAll(server.url, credentials.token, bodies);
      http.push(recordsPerRound / ((performance.now() - httpStarted) / 1000));

      const inProcessStarted = performance.now();
      await ingestInProcess(counted.sql, bodies, receivedAt);
      inProcess.push(recordsPerRound / ((performance.now() - inProcessStarted) / 1000));

      const rows = chunk(directRows(records, credentials.deviceId, receivedAt), batchSize);
      const directStarted = performance.now();
      await insertDirect(stores, rows);
      direct.push(recordsPerRound / ((performance.now() - directStarted) / 1000));
    }

    return {
      engine,
      records: recordsPerRound,
      rounds,
      batchSize,
      httpRecordsPerSecond: median(http),
      inProcessRecordsPerSecond: median(inProcess),
      directRecordsPerSecond: median(direct),
      statementsPerBatch: (counted.statements() - warmStatements) / batchBytes.length,
      ratio: median(http.map((rate, i) => rate / (direct[i] ?? Number.NaN))),
      inProcessRatio: median(inProcess.map((rate, i) => rate / (direct[i] ?? Number.NaN))),
      gzipBytesPerBatch: batchBytes.reduce((sum, b) => sum + b, 0) / batchBytes.length,
    };
  } finally {
    await server.stop();
    await stores.close();
  }
}
