import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { openDatabase, type Db } from '../../sync-server/src/db/database.ts';
import { rebuildCubeForFmp } from '../../sync-server/src/aggregates/rebuild-cube.ts';
import { SEED_FMPS } from '../../shared/fmps.ts';
import { buildFmrDataset, type Dataset } from './fmr-dataset.ts';

let dataset: Dataset;
let db: Db;
beforeAll(() => {
  dataset = buildFmrDataset(3000);
  db = openDatabase(dataset.dbFile);
});
afterAll(() => {
  db.close();
  rmSync(dataset.dataDir, { recursive: true, force: true });
});

const table = (name: string) => db.prepare(`SELECT * FROM ${name} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`).all();

describe('the benchmark dataset', () => {
  it('holds the records asked for', () => {
    expect(db.prepare("SELECT count(*) FROM records WHERE form = 'fmr'").pluck().get()).toBe(3000);
  });

  it('has the aggregate tables the server itself would have built record by record', () => {
    const tables = () => ({ cube: table('fmr_cube'), daily: table('fmr_daily'), monthly: table('fmr_monthly') });
    const built = tables();
    db.transaction(() => SEED_FMPS.forEach((fmp) => rebuildCubeForFmp(db, fmp.code)))();
    expect(built).toEqual(tables());
  });
});
