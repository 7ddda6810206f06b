import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../sync-server/src/db/database.ts';
import { SqliteSql } from '../../sync-server/src/db/sqlite-sql.ts';
import { PostgresSql } from '../../sync-server/src/db/postgres-sql.ts';
import { buildFmrDataset, type Dataset } from './fmr-dataset.ts';
import { datasetOnPostgres } from './postgres-dataset.ts';

let dataset: Dataset;
let copy: Awaited<ReturnType<typeof datasetOnPostgres>>;
let sqlite: SqliteSql;
let postgres: PostgresSql;
beforeAll(async () => {
  // Enough records for notes with quotes, empty answers and NULL columns to turn up.
  dataset = await buildFmrDataset(2000);
  copy = await datasetOnPostgres(dataset);
  sqlite = new SqliteSql(openDatabase(dataset.dbFile, { readonly: true }), dataset.dbFile);
  postgres = new PostgresSql(copy.url);
});
afterAll(async () => {
  await sqlite.close();
  await postgres.close();
  await copy.drop();
  rmSync(dataset.dataDir, { recursive: true, force: true });
});

describe('the benchmark dataset copied into PostgreSQL', () => {
  it.each([
    ['devices', 'id'],
    ['records', 'id'],
    ['fmr_cube', '1, 2, 3, 4, 5, 6, 7, 8, 9'],
    ['fmr_daily', '1, 2, 3'],
    ['fmr_monthly', '1, 2, 3, 4, 5, 6, 7, 8, 9'],
  ])('holds every row of %s as SQLite does, NULLs and empty texts apart', async (table, order) => {
    const query = `SELECT * FROM ${table} ORDER BY ${order}`;
    const rows = await sqlite.all(query);
    expect(rows.length).toBeGreaterThan(0);
    expect(await postgres.all(query)).toEqual(rows);
  });
});
