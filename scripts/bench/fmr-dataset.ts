import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../../sync-server/src/db/database.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import { CUBE_COUNTS, CUBE_DIMENSIONS } from '../../sync-server/src/aggregates/fmr-cube.ts';
import { localPeriods, type LocalPeriods } from '../../shared/local-periods.ts';
import type { Db } from '../../sync-server/src/db/database.ts';
import { seededRandom } from '../../sync-server/src/testing/random.ts';
import { SEED_FMPS } from '../../shared/fmps.ts';
import { GRID_FIELDS, type FmrData } from '../../shared/fmr.ts';
import { variedFmrData } from '../../sync-server/src/testing/varied-fmr-data.ts';

export interface Dataset {
  dataDir: string;
  dbFile: string;
  records: number;
  seconds: number;
}

const BATCH = 20_000;
const YEAR_SECONDS = 365 * 86_400;
const TIME_ZONES = new Map(SEED_FMPS.map((f) => [f.code, f.timeZone]));

/** A valid v4-shaped UUID that sorts by seq, so that a million primary-key inserts append instead of splitting pages. */
const orderedUuid = (seq: number) => `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`;

/**
 * The aggregate tables' rows summed in memory while the records are generated, then written once:
 * the same sums the server adds record by record (aggregates.test.ts checks those against the
 * export), with the same local periods, in seconds rather than the minutes a million upserts take.
 */
class AggregateSums {
  private readonly cube = new Map<string, number[]>();
  private readonly periods = new Map<string, LocalPeriods>();

  add(data: FmrData, zone: string): void {
    const quarter = `${zone}|${Math.floor(Date.parse(data.observed_at) / 900_000)}`;
    let periods = this.periods.get(quarter);
    if (!periods) this.periods.set(quarter, (periods = localPeriods(data.observed_at, zone)));
    let id = `${periods.day}\u0000${periods.week}\u0000${periods.month}`;
    for (const dim of CUBE_DIMENSIONS) id += `\u0000${data[dim] ?? ''}`;
    let counts = this.cube.get(id);
    if (!counts) this.cube.set(id, (counts = new Array<number>(CUBE_COUNTS.length + 1).fill(0)));
    counts[0] = (counts[0] ?? 0) + 1;
    CUBE_COUNTS.forEach((c, i) => (counts[i + 1] = (counts[i + 1] ?? 0) + data[c]));
  }

  write(db: Db): void {
    const columns = ['day', 'week', 'month', ...CUBE_DIMENSIONS, 'records', ...CUBE_COUNTS];
    const insert = db.prepare(`INSERT INTO fmr_cube (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const [id, counts] of this.cube) insert.run(...id.split('\u0000'), ...counts);
      db.exec(`INSERT INTO fmr_daily (fmp, day, week, month, direction, records, ${CUBE_COUNTS.join(', ')})
               SELECT fmp, day, week, month, direction, sum(records), ${CUBE_COUNTS.map((c) => `sum(${c})`).join(', ')}
               FROM fmr_cube GROUP BY fmp, day, direction`);
      const keys = CUBE_DIMENSIONS.join(', ');
      db.exec(`INSERT INTO fmr_monthly (month, ${keys}, records, ${CUBE_COUNTS.join(', ')})
               SELECT month, ${keys}, sum(records), ${CUBE_COUNTS.map((c) => `sum(${c})`).join(', ')}
               FROM fmr_cube GROUP BY month, ${keys}`);
    })();
  }
}

/**
 * A data directory holding `count` accepted FMR records over one year at the nine FMPs, with the
 * aggregate tables filled; skewed like real flows (mostly Congolese, on foot,
 * for trade), so that the aggregate table compresses as it would in the field.
 */
export function buildFmrDataset(count: number, seed = 7): Dataset {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'fmp-bench-'));
  const dbFile = join(dataDir, DB_FILE_NAME);
  const db = openDatabase(dbFile);
  migrate(db);
  db.pragma('synchronous = OFF');
  db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('bench', 'bench', 'MPONDWE', '2025-01-01T00:00:00Z')").run();
  const insert = db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data, content_hash,
                          occurred_at, received_at)
     VALUES (?, 'bench', ?, ?, 'fmr', 1, ?, ?, 'Amina', ?, ?, ?, ?)`,
  );
  const random = seededRandom(seed);
  const sums = new AggregateSums();
  const start = Date.UTC(2025, 10, 1);
  const write = db.transaction((from: number, to: number) => {
    for (let seq = from; seq < to; seq++) {
      // In time order, as tablets send them: the indexes grow at their end, as in the field.
      const observed = new Date(start + Math.floor(((seq - 1) / count) * YEAR_SECONDS) * 1000 + random.int(0, 59) * 1000).toISOString();
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
      sums.add(data, TIME_ZONES.get(data.fmp) ?? 'Africa/Kampala');
      insert.run(orderedUuid(seq), seq, data.fmp, observed, observed, json, `h${seq}`, observed, observed);
    }
  });
  for (let from = 1; from <= count; from += BATCH) write(from, Math.min(count + 1, from + BATCH));
  sums.write(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dataDir, dbFile, records: count, seconds: (performance.now() - started) / 1000 };
}
