import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../../sync-server/src/db/database.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import { cubeWriter } from '../../sync-server/src/aggregates/fmr-cube.ts';
import { seededRandom } from '../../sync-server/src/testing/random.ts';
import { SEED_FMPS } from '../../shared/fmps.ts';
import { GRID_FIELDS } from '../../shared/fmr.ts';
import { makeFmrData } from '../../shared/test-fixtures.ts';

export interface Dataset {
  dataDir: string;
  dbFile: string;
  records: number;
  seconds: number;
}

const BATCH = 20_000;

/**
 * A data directory holding `count` accepted FMR records over one year at the nine FMPs, with the
 * aggregate table filled by the server's own code; skewed like real flows (mostly Congolese, on foot,
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
  const addToCube = cubeWriter(db);
  const random = seededRandom(seed);
  const skewed = <T>(common: T, others: readonly T[], share: number) => (random.next() < share ? common : random.pick(others));
  const start = Date.UTC(2025, 10, 1);
  const write = db.transaction((from: number, to: number) => {
    for (let seq = from; seq < to; seq++) {
      const incoming = random.next() < 0.55;
      const observed = new Date(start + random.int(0, 365 * 86_400 - 1) * 1000).toISOString();
      const grid = Object.fromEntries(GRID_FIELDS.map((f) => [f, random.next() < 0.4 ? random.int(0, 3) : 0]));
      grid.females_18_59 = (grid.females_18_59 ?? 0) + 1;
      const data = makeFmrData({
        ...grid,
        fmp: random.pick(SEED_FMPS).code,
        observed_at: observed,
        direction: incoming ? 'incoming' : 'outgoing',
        origin_country: incoming ? 'COD' : 'UGA',
        origin_admin1: incoming ? 'CD-NK' : 'UG-W',
        destination_country: incoming ? 'UGA' : skewed('COD', ['RWA', 'SSD'], 0.9),
        destination_admin1: incoming ? 'UG-W' : null,
        destination_admin2: incoming ? skewed('UG-406', ['UG-405', 'UG-408'], 0.7) : null,
        nationality: skewed('COD', ['UGA', 'RWA', 'SSD', 'BDI'], 0.8),
        transport: skewed('foot', ['bicycle', 'motorbike', 'bus', 'truck'], 0.6),
        reason: skewed('economic', ['family', 'buy_goods', 'health', 'education', 'return_home'], 0.5),
        pregnant_lactating: random.next() < 0.1 ? 1 : 0,
        notes: random.next() < 0.05 ? 'Watu wengi sokoni, "soko" la Jumatano; déplacés' : '',
      });
      const json = JSON.stringify(data);
      insert.run(randomUUID(), seq, data.fmp, observed, observed, json, `h${seq}`, observed, observed);
      addToCube({ fmp: data.fmp, data: json }, 1);
    }
  });
  for (let from = 1; from <= count; from += BATCH) write(from, Math.min(count + 1, from + BATCH));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dataDir, dbFile, records: count, seconds: (performance.now() - started) / 1000 };
}
