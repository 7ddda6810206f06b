import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PushResponse, type PushRecord } from '../../shared/push.ts';
import { openDatabase, type Db } from '../../sync-server/src/db/database.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import { contentHash } from '../../sync-server/src/ingest/canonical-json.ts';
import { startServer } from '../../sync-server/src/testing/server-process.ts';
import { enrollDevices } from '../../sync-server/src/testing/process-api.ts';
import { SimDevice } from '../../sync-server/src/testing/sim-device.ts';
import { seededRandom } from '../../sync-server/src/testing/random.ts';

export interface IngestResult {
  records: number;
  batchSize: number;
  httpRecordsPerSecond: number;
  /** The median of three runs, each into a fresh database. */
  directRecordsPerSecond: number;
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

/**
 * The same FMR records stored two ways in one run: pushed through HTTP to the real server process
 * (gzip batches, one device, one batch at a time), and inserted straight into a fresh database with
 * the same schema and settings (WAL, synchronous=FULL, one transaction per batch).
 */
export async function benchIngest({ records = 20_000, batchSize = 500 } = {}): Promise<IngestResult> {
  const random = seededRandom(20261120);
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'fmp-bench-direct-'));
  try {
    const [warm, timed] = await enrollDevices(server.url, 2);
    if (!warm || !timed) throw new Error('enrollment failed');
    const warmDevice = new SimDevice(warm, random);
    const device = new SimDevice(timed, random);
    const bodiesOf = (sim: SimDevice, count: number) =>
      chunk(sim.create(count), batchSize).map((batch) => gzipSync(JSON.stringify(sim.requestBody(batch))));

    await pushAll(server.url, warm.token, bodiesOf(warmDevice, 2 * batchSize));
    const bodies = bodiesOf(device, records);
    const httpStarted = performance.now();
    await pushAll(server.url, timed.token, bodies);
    const httpSeconds = (performance.now() - httpStarted) / 1000;

    const freshDb = (name: string) => {
      const db = openDatabase(join(dir, `${name}.sqlite`));
      migrate(db);
      for (const id of [warm.deviceId, timed.deviceId]) {
        db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES (?, ?, 'MPONDWE', '2026-11-20T00:00:00Z')").run(id, id);
      }
      return db;
    };
    const receivedAt = new Date().toISOString();
    const directSeconds: number[] = [];
    for (const run of [1, 2, 3]) {
      const db = freshDb(`direct-${run}`);
      insertDirect(db, chunk(directRows([...warmDevice.created.values()], warm.deviceId, receivedAt), batchSize));
      const rows = chunk(directRows([...device.created.values()], timed.deviceId, receivedAt), batchSize);
      const started = performance.now();
      insertDirect(db, rows);
      directSeconds.push((performance.now() - started) / 1000);
      db.close();
    }

    return {
      records,
      batchSize,
      httpRecordsPerSecond: records / httpSeconds,
      directRecordsPerSecond: records / (directSeconds.sort((a, b) => a - b)[1] ?? Number.NaN),
      gzipBytesPerBatch: bodies.reduce((sum, b) => sum + b.length, 0) / bodies.length,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
