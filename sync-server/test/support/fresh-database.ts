// One PostgreSQL database per test file, made on the test server and dropped after, so test files
// never see each other's rows and can run side by side.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface FreshDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

async function onAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the database even while connections are still open to it. */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onAdmin(adminUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
}

/** An empty database named `fmp_test_<pid>_<random>`, or a copy of `template` (see `createTemplate`). */
export async function freshDatabase(adminUrl: string, options: { template?: string } = {}): Promise<FreshDatabase> {
  const name = `fmp_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const template = options.template ? ` TEMPLATE ${pg.escapeIdentifier(options.template)}` : '';
  await onAdmin(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}${template}`);
  return { url: databaseUrl(adminUrl, name), name, drop: () => dropDatabase(adminUrl, name) };
}

/**
 * A database filled once by `fill` (a migrated schema, say) for `freshDatabase(adminUrl, { template: name })`
 * to copy, which is quicker than filling each. PostgreSQL copies a template only while no one is
 * connected to it, so `fill` gets one connection, closed before this returns.
 */
export async function createTemplate(
  adminUrl: string,
  fill: (client: pg.Client) => Promise<void>,
): Promise<FreshDatabase> {
  const template = await freshDatabase(adminUrl);
  const client = new pg.Client(template.url);
  try {
    await client.connect();
    await fill(client);
  } catch (error) {
    await client.end();
    await template.drop();
    throw error;
  }
  await client.end();
  return template;
}
