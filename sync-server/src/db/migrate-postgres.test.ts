import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshDatabase, type FreshDatabase } from '../../test/support/fresh-database.ts';
import { PostgresSql } from './postgres-sql.ts';
import { migratePostgres, postgresSchemaVersion } from './migrate-postgres.ts';
import { DatabaseTooNewError, latestSchemaVersion } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

let database: FreshDatabase;
let sql: PostgresSql;
beforeEach(async () => {
  database = await freshDatabase(inject('postgresAdminUrl'));
  sql = new PostgresSql(database.url);
});
afterEach(async () => {
  await sql.close();
  await database.drop();
});

const tableExists = async (name: string) =>
  (await sql.get<{ found: string | null }>('SELECT to_regclass(?) AS found', [name]))?.found !== null;

describe('migratePostgres', () => {
  it('brings an empty database to the latest schema with the seed FMPs, and does nothing the second time', async () => {
    expect(await migratePostgres(sql)).toEqual({ from: 0, to: latestSchemaVersion() });
    expect(await postgresSchemaVersion(sql)).toBe(latestSchemaVersion());
    expect(await sql.get('SELECT count(*) AS n FROM fmps')).toEqual({ n: 9 });
    expect(await migratePostgres(sql)).toEqual({ from: latestSchemaVersion(), to: latestSchemaVersion() });
  });

  it('migrates once when several server processes start at the same moment', async () => {
    const others = [new PostgresSql(database.url), new PostgresSql(database.url), new PostgresSql(database.url)];
    try {
      const results = await Promise.all([sql, ...others].map((each) => migratePostgres(each)));
      expect(results.every((r) => r.to === latestSchemaVersion())).toBe(true);
      expect(await sql.get('SELECT count(*) AS n FROM fmps')).toEqual({ n: 9 });
      expect(await sql.all('SELECT version FROM schema_version')).toEqual([{ version: latestSchemaVersion() }]);
    } finally {
      for (const other of others) await other.close();
    }
  });

  it('refuses a database newer than the code, with a clear message', async () => {
    await migratePostgres(sql);
    await sql.run('UPDATE schema_version SET version = 999');
    await expect(migratePostgres(sql)).rejects.toThrow(DatabaseTooNewError);
    await expect(migratePostgres(sql)).rejects.toThrow(/schema version 999, newer than this code/);
  });

  it('rolls a failing migration back whole', async () => {
    const failing = [
      ...MIGRATIONS,
      { version: 99, name: 'broken', up: () => undefined, postgres: 'CREATE TABLE half (x int); SELECT 1/0;' },
    ];
    await expect(migratePostgres(sql, failing)).rejects.toThrow(/division by zero/);
    expect(await postgresSchemaVersion(sql)).toBe(latestSchemaVersion());
    expect(await tableExists('half')).toBe(false);
  });
});
