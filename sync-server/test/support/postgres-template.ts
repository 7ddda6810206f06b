import type { TestProject } from 'vitest/node';
import { PostgresSql } from '../../src/db/postgres-sql.ts';
import { migratePostgres } from '../../src/db/migrate-postgres.ts';
import { freshDatabase } from './fresh-database.ts';
import { findTestPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL the tests run on, as its admin (superuser) URL. */
    postgresAdminUrl: string;
    /** A database migrated to the newest schema, copied by each test that needs a fresh one. */
    postgresTemplate: string;
  }
}

/**
 * Vitest globalSetup of the PostgreSQL projects: finds the PostgreSQL to test against, then migrates one
 * template database that every test server copies (quicker than migrating each), dropped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await findTestPostgres();
  process.stdout.write(`PostgreSQL for the tests: ${postgres.description}\n`);
  const template = await freshDatabase(postgres.url);
  const sql = new PostgresSql(template.url);
  try {
    await migratePostgres(sql);
  } finally {
    await sql.close();
  }
  project.provide('postgresAdminUrl', postgres.url);
  project.provide('postgresTemplate', template.name);
  return async () => {
    await template.drop();
    postgres.stop();
  };
}
