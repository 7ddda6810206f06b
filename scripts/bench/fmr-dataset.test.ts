import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../sync-server/src/db/database.ts';
import { SqliteSql } from '../../sync-server/src/db/sqlite-sql.ts';
import { rebuildCubeForFmp } from '../../sync-server/src/aggregates/rebuild-cube.ts';
import { SEED_FMPS } from '../../shared/test/seed-fmps.ts';
import { buildFmrDataset, type Dataset } from './fmr-dataset.ts';

let dataset: Dataset;
let db: SqliteSql;
beforeAll(async () => {
  dataset = await buildFmrDataset(3000);
  db = new SqliteSql(openDatabase(dataset.dbFile), dataset.dbFile);
});
afterAll(async () => {
  await db.close();
  rmSync(dataset.dataDir, { recursive: true, force: true });
});

const table = (name: string) => db.all(`SELECT * FROM ${name} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`);

describe('the benchmark dataset', () => {
  it('holds the records asked for', async () => {
    expect(await db.get("SELECT count(*) AS n FROM records WHERE form = 'fmr'")).toEqual({ n: 3000 });
  });

  it('has the aggregate tables the server itself would have built record by record', async () => {
    const tables = async () => ({
      cube: await table('fmr_cube'),
      daily: await table('fmr_daily'),
      monthly: await table('fmr_monthly'),
    });
    const built = await tables();
    await db.transaction(async (tx) => {
      for (const fmp of SEED_FMPS) await rebuildCubeForFmp(tx, fmp.code);
    });
    expect(built).toEqual(await tables());
  });
});
