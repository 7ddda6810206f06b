import { PostgresSql } from '../../sync-server/src/db/postgres-sql.ts';
import { migratePostgres } from '../../sync-server/src/db/migrate-postgres.ts';
import { freshDatabase, type FreshDatabase } from '../../sync-server/test/support/fresh-database.ts';
import { configuredAdminUrl } from '../../sync-server/test/support/postgres-server.ts';

/** An empty database on the PostgreSQL the tests use (FMP_TEST_DATABASE_URL, else the machine's own). */
export function freshPostgres(): Promise<FreshDatabase> {
  return freshDatabase(configuredAdminUrl());
}

/** A fresh database with the server's schema, and the bench's connection to it; `remove` closes and drops it. */
export async function migratedPostgres(): Promise<{ sql: PostgresSql; url: string; remove: () => Promise<void> }> {
  const database = await freshPostgres();
  const sql = new PostgresSql(database.url);
  await migratePostgres(sql);
  return {
    sql,
    url: database.url,
    remove: async () => {
      await sql.close();
      await database.drop();
    },
  };
}

/** The server's version, as PostgreSQL gives it (`15.20 (Debian 15.20-0+deb12u1)`). */
export async function postgresVersion(): Promise<string> {
  const sql = new PostgresSql(configuredAdminUrl());
  try {
    return (await sql.get<{ server_version: string }>('SHOW server_version'))?.server_version ?? 'unknown';
  } finally {
    await sql.close();
  }
}
