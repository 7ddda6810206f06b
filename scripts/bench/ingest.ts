import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PushRequest, PushResponse, type PushRecord } from '../../shared/push.ts';
import { ingestBatch } from '../../sync-server/src/ingest/ingest-batch.ts';
import { openDatabase, type Db } from '../../sync-server/src/db/database.ts';
import { SqliteSql } from '../../sync-server/src/db/sqlite-sql.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import { contentHash } from '../../sync-server/src/ingest/canonical-json.ts';
import { startServer } from '../../sync-server/test/support/server-process.ts';
import { enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { SimDevice } from '../../sync-server/test/support/sim-device.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';

export interface IngestResult {
  /** Per round. */
  records: number;
  rounds: number;
  batchSize: number;
  httpRecordsPerSecond: number;
  /** The server's own work on the same bodies in this process: gunzip, parse, `ingestBatch`; no HTTP. */
  inProcessRecordsPerSecond: number;
  directRecordsPerSecond: number;
  /** HTTP push over plain inserts. */
  ratio: number;
  /** In-process ingest over plain inserts. */
  inProcessRatio: number;
  gzipBytesPerBatch: number;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

async function pushAll(url: string, token: string, bodies: readonly ReturnType<typeof gzipSync>[]): Promise<void> {
  for (const body of bodies) {
    const res = await fetch(`${url}/api/v1/sync/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body,
    });
    const { results } = PushResponse.parse(await res.json());
    const notAccepted = results.filter((r) => r.status !== 'accepted');
    if (notAccepted.length > 0) throw new Error(`push not accepted: ${JSON.stringify(notAccepted.slice(0, 3))}`);
  }
}

/** The rows the server would write for these records, ready for a plain INSERT. */
function directRows(records: readonly PushRecord[], deviceId: string, receivedAt: string) {
  return records.map((r) => ({
    id: r.id,
    deviceId,
    seq: r.seq,
    fmp: String(r.data.fmp),
    form: r.form,
    formVersion: r.formVersion,
    createdAt: r.createdAt,
    finalizedAt: r.finalizedAt,
    enumerator: r.enumerator,
    data: JSON.stringify(r.data),
    hash: contentHash(r),
    occurredAt: new Date(String(r.data.observed_at)).toISOString(),
    receivedAt,
  }));
}

function freshStore(file: string, deviceIds: readonly string[]): Db {
  const db = openDatabase(file);
  migrate(db);
  const addDevice = db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES (?, ?, 'MPONDWE', '2026-11-20T00:00:00Z')");
  for (const deviceId of deviceIds) addDevice.run(deviceId, deviceId);
  return db;
}

/** What the push route does with each body, minus HTTP: decode, parse, ingest in one transaction. */
async function ingestInProcess(db: Db, bodies: readonly Buffer[], receivedAt: string): Promise<void> {
  const sql = new SqliteSql(db, db.name);
  for (const body of bodies) {
    const push = PushRequest.parse(JSON.parse(gunzipSync(body).toString('utf8')));
    const results = await ingestBatch(sql, { ...push, deviceFmp: 'MPONDWE', receivedAt });
    if (results.some((r) => r.status !== 'accepted')) throw new Error('in-process ingest did not accept every record');
  }
}

function insertDirect(db: Db, batches: readonly ReturnType<typeof directRows>[]): void {
  const insert = db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          content_hash, occurred_at, received_at)
     VALUES (@id, @deviceId, @seq, @fmp, @form, @formVersion, @createdAt, @finalizedAt, @enumerator, @data,
             @hash, @occurredAt, @receivedAt)`,
  );
  const insertBatch = db.transaction((rows: ReturnType<typeof directRows>) => {
    for (const row of rows) insert.run(row);
  });
  for (const rows of batches) insertBatch.immediate(rows);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The same FMR records stored three ways, in alternating rounds so that all see the same machine load:
 * pushed through HTTP to the real server process (gzip batches, one device, one batch at a time);
 * the same gzip bodies ingested in this process by the server's own code, to tell HTTP from ingest; and
 * inserted straight into a third database with the same schema and settings (WAL, synchronous=FULL,
 * one transaction per batch). Both stores hold the same records before each round, since the
 * cost of an insert grows with the indexes it lands in. Each figure is the median of the rounds; the ratio is the median of
 * the rounds' ratios.
 */
export async function benchIngest({ recordsPerRound = 10_000, rounds = 3, batchSize = 500 } = {}): Promise<IngestResult> {
  const random = seededRandom(20261120);
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'fmp-bench-direct-'));
  try {
    const devices = await enrollDevices(server.url, rounds + 1);
    const bodiesOf = (sim: SimDevice, records: readonly PushRecord[]) =>
      chunk(records, batchSize).map((batch) => gzipSync(JSON.stringify(sim.requestBody(batch))));
    const deviceIds = devices.map((d) => d.deviceId);
    const directDb = freshStore(join(dir, 'direct.sqlite'), deviceIds);
    const inProcessDb = freshStore(join(dir, 'in-process.sqlite'), deviceIds);
    const receivedAt = new Date().toISOString();

    const [warm, ...timed] = devices.map((credentials) => ({ credentials, sim: new SimDevice(credentials, random) }));
    if (!warm) throw new Error('enrollment failed');
    // A warm-up on both paths, not timed: JIT, statement caches and the first pages of the database files.
    const warmRecords = warm.sim.create(2 * batchSize);
    const warmRows = chunk(directRows(warmRecords, warm.credentials.deviceId, receivedAt), batchSize);
    const warmBodies = bodiesOf(warm.sim, warmRecords);
    await pushAll(server.url, warm.credentials.token, warmBodies);
    insertDirect(directDb, warmRows);
    await ingestInProcess(inProcessDb, warmBodies, receivedAt);

    const http: number[] = [];
    const inProcess: number[] = [];
    const direct: number[] = [];
    const batchBytes: number[] = [];
    for (const { credentials, sim } of timed) {
      const records = sim.create(recordsPerRound);
      const bodies = bodiesOf(sim, records);
      batchBytes.push(...bodies.map((b) => b.length));
      const httpStarted = performance.now();
      await pushAll(server.url, credentials.token, bodies);
      http.push(recordsPerRound / ((performance.now() - httpStarted) / 1000));

      const inProcessStarted = performance.now();
      await ingestInProcess(inProcessDb, bodies, receivedAt);
      inProcess.push(recordsPerRound / ((performance.now() - inProcessStarted) / 1000));

      const rows = chunk(directRows(records, credentials.deviceId, receivedAt), batchSize);
      const directStarted = performance.now();
      insertDirect(directDb, rows);
      direct.push(recordsPerRound / ((performance.now() - directStarted) / 1000));
    }
    directDb.close();
    inProcessDb.close();

    return {
      records: recordsPerRound,
      rounds,
      batchSize,
      httpRecordsPerSecond: median(http),
      inProcessRecordsPerSecond: median(inProcess),
      directRecordsPerSecond: median(direct),
      ratio: median(http.map((rate, i) => rate / (direct[i] ?? Number.NaN))),
      inProcessRatio: median(inProcess.map((rate, i) => rate / (direct[i] ?? Number.NaN))),
      gzipBytesPerBatch: batchBytes.reduce((sum, b) => sum + b, 0) / batchBytes.length,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
