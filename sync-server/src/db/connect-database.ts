import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from './database.ts';
import { SqliteSql } from './sqlite-sql.ts';
import { PostgresSql } from './postgres-sql.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { migratePostgres, postgresSchemaVersion } from './migrate-postgres.ts';
import { urlWithoutPassword } from './url-without-password.ts';

export type Database = SqliteSql | PostgresSql;

export type DatabaseLocation = { engine: 'sqlite'; dataDir: string } | { engine: 'postgres'; url: string };

/** `FMP_DATABASE_URL` could not be used: one line for the operator, naming the variable, never the password. */
export class DatabaseUnreachableError extends Error {}

export async function connectDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.engine === 'sqlite') {
    const file = join(location.dataDir, DB_FILE_NAME);
    return new SqliteSql(openDatabase(file), file);
  }
  let sql: PostgresSql;
  try {
    sql = new PostgresSql(location.url);
  } catch (err) {
    throw new DatabaseUnreachableError(
      `FMP_DATABASE_URL (${urlWithoutPassword(location.url)}) is not usable: ${(err as Error).message}`,
    );
  }
  try {
    await sql.get('SELECT 1');
  } catch (err) {
    await sql.close();
    throw new DatabaseUnreachableError(
      `FMP_DATABASE_URL: cannot use PostgreSQL at ${urlWithoutPassword(location.url)}: ${(err as Error).message}`,
    );
  }
  return sql;
}

export function migrateDatabase(database: Database): Promise<{ from: number; to: number }> {
  return database.engine === 'sqlite' ? Promise.resolve(migrate(database.db)) : migratePostgres(database);
}

export function databaseSchemaVersion(database: Database): Promise<number> {
  return database.engine === 'sqlite' ? Promise.resolve(schemaVersion(database.db)) : postgresSchemaVersion(database);
}
