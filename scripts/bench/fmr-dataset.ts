import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../../sync-server/src/db/database.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import { cubeChanges } from '../../sync-server/src/aggregates/fmr-cube.ts';
import { SqliteSql } from '../../sync-server/src/db/sqlite-sql.ts';
import { fmpTimeZones } from '../../sync-server/src/fmps/fmps-store.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';
import { SEED_FMPS } from '../../shared/test/seed-fmps.ts';
import { GRID_FIELDS } from '../../shared/fmr.ts';
import { variedFmrData } from '../../sync-server/test/support/varied-fmr-data.ts';

export interface Dataset {
  dataDir: string;
  dbFile: string;
  records: number;
  seconds: number;
}

const BATCH = 20_000;
const YEAR_SECONDS = 365 * 86_400;

/** A valid v4-shaped UUID that sorts by seq, so that a million primary-key inserts append instead of splitting pages. */
const orderedUuid = (seq: number) => `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`;

/**
 * A data directory holding `count` accepted FMR records over one year at the nine FMPs, with the
 * aggregate tables filled; skewed like real flows (mostly Congolese, on foot,
 * for trade), so that the aggregate table compresses as it would in the field.
 */
export async function buildFmrDataset(count: number, seed = 7): Promise<Dataset> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'fmp-bench-'));
  const dbFile = join(dataDir, DB_FILE_NAME);
  const db = openDatabase(dbFile);
  migrate(db);
  db.pragma('synchronous = OFF');
  db.prepare(
    "INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('bench', 'bench', 'MPONDWE', '2025-01-01T00:00:00Z')",
  ).run();
  const insert = `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          content_hash, occurred_at, received_at)
     VALUES (?, 'bench', ?, ?, 'fmr', 1, ?, ?, 'Amina', ?, ?, ?, ?)`;
  const sql = new SqliteSql(db, dbFile);
  const random = seededRandom(seed);
  // The server's own aggregate code, flushed once per chunk: records come in time order, so a chunk's
  // days and months seldom recur in the next and each aggregate row is written about once.
  const cube = cubeChanges(await fmpTimeZones(sql));
  const start = Date.UTC(2025, 10, 1);
  const write = (from: number, to: number) =>
    sql.transaction(async (tx) => {
      for (let seq = from; seq < to; seq++) {
        // In time order, as tablets send them: the indexes grow at their end, as in the field.
        const observed = new Date(
          start + Math.floor(((seq - 1) / count) * YEAR_SECONDS) * 1000 + random.int(0, 59) * 1000,
        ).toISOString();
        const grid = Object.fromEntries(GRID_FIELDS.map((f) => [f, random.next() < 0.4 ? random.int(0, 3) : 0]));
        grid.females_18_59 = (grid.females_18_59 ?? 0) + 1;
        const data = variedFmrData(random, {
          ...grid,
          fmp: random.pick(SEED_FMPS).code,
          observed_at: observed,
          pregnant_lactating: random.next() < 0.1 ? 1 : 0,
          notes: random.next() < 0.05 ? 'Watu wengi sokoni, "soko" la Jumatano; déplacés' : '',
        });
        const json = JSON.stringify(data);
        cube.add({ fmp: data.fmp, data }, 1);
        await tx.run(insert, [
          orderedUuid(seq),
          seq,
          data.fmp,
          observed,
          observed,
          json,
          `h${seq}`,
          observed,
          observed,
        ]);
      }
      await cube.flush(tx);
    });
  for (let from = 1; from <= count; from += BATCH) await write(from, Math.min(count + 1, from + BATCH));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dataDir, dbFile, records: count, seconds: (performance.now() - started) / 1000 };
}
