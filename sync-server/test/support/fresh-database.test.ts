import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTemplate, freshDatabase } from './fresh-database.ts';
import { configuredAdminUrl } from './postgres-server.ts';

const adminUrl = configuredAdminUrl();

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const databaseExists = async (name: string) =>
  (await query(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).length === 1;

describe('freshDatabase', () => {
  it('makes a database of its own, named for the process, and drops it even while connected', async () => {
    const [a, b] = await Promise.all([freshDatabase(adminUrl), freshDatabase(adminUrl)]);
    if (!a || !b) throw new Error('not created');
    expect(a.name).toMatch(new RegExp(`^fmp_test_${process.pid}_[0-9a-f]{12}$`));
    expect(a.name).not.toBe(b.name);
    await query(a.url, 'CREATE TABLE only_in_a (x integer)');
    expect(await query(b.url, "SELECT to_regclass('only_in_a') AS found")).toEqual([{ found: null }]);

    const open = new pg.Client(a.url);
    await open.connect();
    open.on('error', () => undefined);
    await a.drop();
    await b.drop();
    expect(await databaseExists(a.name)).toBe(false);
    expect(await databaseExists(b.name)).toBe(false);
    await open.end().catch(() => undefined);
  });

  it('copies a template filled once, into databases made at the same time', async () => {
    const template = await createTemplate(adminUrl, async (client) => {
      await client.query("CREATE TABLE seeded (x text); INSERT INTO seeded VALUES ('from the template')");
    });
    try {
      const copies = await Promise.all([1, 2, 3].map(() => freshDatabase(adminUrl, { template: template.name })));
      for (const copy of copies) {
        expect(await query(copy.url, 'SELECT x FROM seeded')).toEqual([{ x: 'from the template' }]);
        await copy.drop();
      }
    } finally {
      await template.drop();
    }
    expect(await databaseExists(template.name)).toBe(false);
  });

  it('drops the template when filling it fails', async () => {
    let name = '';
    const failing = createTemplate(adminUrl, async (client) => {
      name = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]?.name ?? '';
      throw new Error('fill failed');
    });
    await expect(failing).rejects.toThrow('fill failed');
    expect(name).toMatch(/^fmp_test_/);
    expect(await databaseExists(name)).toBe(false);
  });
});
