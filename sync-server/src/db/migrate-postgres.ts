import type { PostgresSql } from './postgres-sql.ts';
import { DatabaseTooNewError, latestSchemaVersion } from './migrate.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** Any number, the same in every process: whoever holds it is the one migrating. */
const MIGRATION_LOCK = 4707;

export async function postgresSchemaVersion(sql: PostgresSql): Promise<number> {
  const table = await sql.get<{ exists: string | null }>("SELECT to_regclass('schema_version') AS exists");
  if (!table?.exists) return 0;
  return (await sql.get<{ version: number }>('SELECT version FROM schema_version'))?.version ?? 0;
}

/**
 * Each migration and its version bump commit together, as on SQLite. Several server processes may
 * start at once: an advisory lock makes the others wait, then find nothing left to do.
 */
export async function migratePostgres(
  sql: PostgresSql,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number }> {
  const latest = latestSchemaVersion(migrations);
  const from = await postgresSchemaVersion(sql);
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const client = await sql.pool.connect();
  try {
    for (const migration of migrations) {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        await client.query('CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)');
        const current = (await client.query<{ version: string }>('SELECT version FROM schema_version')).rows[0];
        const version = current ? Number(current.version) : 0;
        if (version < migration.version) {
          // A script of several statements: the simple query protocol, no parameters.
          await client.query(migration.postgres);
          await client.query(
            current ? 'UPDATE schema_version SET version = $1' : 'INSERT INTO schema_version (version) VALUES ($1)',
            [migration.version],
          );
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    client.release();
  }
  return { from, to: Math.max(from, latest) };
}
