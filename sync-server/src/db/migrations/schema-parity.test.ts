import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db } from '../database.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';
import { freshDatabase, type FreshDatabase } from '../../../test/support/fresh-database.ts';
import { postgresSchemaShape, sqliteSchemaShape } from '../../../test/support/schema-shape.ts';

let dir: string;
let sqlite: Db;
let database: FreshDatabase;
let postgres: pg.Client;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-parity-'));
  sqlite = openDatabase(join(dir, 'test.sqlite'));
  migrate(sqlite);
  // Becomes inject('postgresAdminUrl') once test/support/postgres-server.ts is the run's globalSetup.
  database = await freshDatabase(inject('postgresAdminUrl'));
  postgres = new pg.Client(database.url);
  await postgres.connect();
  for (const migration of MIGRATIONS) {
    await postgres.query('BEGIN');
    await postgres.query(migration.postgres);
    await postgres.query('COMMIT');
  }
});
afterAll(async () => {
  await postgres.end();
  await database.drop();
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `work` on both engines and leaves both databases as they were. */
async function rolledBack<T>(work: {
  sqlite: () => T;
  postgres: () => Promise<T>;
}): Promise<{ sqlite: T; postgres: T }> {
  sqlite.exec('BEGIN');
  await postgres.query('BEGIN');
  try {
    return { sqlite: work.sqlite(), postgres: await work.postgres() };
  } finally {
    sqlite.exec('ROLLBACK');
    await postgres.query('ROLLBACK');
  }
}

describe("the migrations' PostgreSQL scripts", () => {
  it('make the same tables, columns, keys, indexes, foreign keys and CHECKs as the SQLite migrations', async () => {
    const expected = sqliteSchemaShape(sqlite);
    expect(Object.keys(expected)).toContain('device_moves');
    expect(await postgresSchemaShape(postgres)).toEqual(expected);
  });

  it('insert the same seed FMPs, read back alike', async () => {
    const sql = 'SELECT * FROM fmps ORDER BY code';
    const rows = sqlite.prepare(sql).all();
    expect(rows).toHaveLength(9);
    expect((await postgres.query(sql)).rows).toEqual(rows);
  });

  it('order text bytewise, as SQLite does', async () => {
    const codes = ['b', 'B', 'a-c', 'ab', 'é', 'e', 'Z', '_x', '2025-01-05T10:00:00Z', '2025-01-05T10:00:00.5Z'];
    const select = "SELECT code FROM fmps WHERE time_zone = 'UTC' ORDER BY code";
    const ordered = await rolledBack({
      sqlite: () => {
        for (const code of codes)
          sqlite.prepare("INSERT INTO fmps (code, name, district, time_zone) VALUES (?, 'n', 'd', 'UTC')").run(code);
        return sqlite
          .prepare<[], { code: string }>(select)
          .all()
          .map((r) => r.code);
      },
      postgres: async () => {
        for (const code of codes)
          await postgres.query("INSERT INTO fmps (code, name, district, time_zone) VALUES ($1, 'n', 'd', 'UTC')", [
            code,
          ]);
        return (await postgres.query<{ code: string }>(select)).rows.map((r) => r.code);
      },
    });
    expect(ordered.postgres).toEqual(ordered.sqlite);
    expect(ordered.sqlite).toEqual([...codes].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it('keep the 0/1 flags in INTEGER and every other whole number in BIGINT (seqs reach 2^53-1)', async () => {
    const { rows } = await postgres.query<{ column: string; type: string }>(`
      SELECT table_name || '.' || column_name AS column, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type NOT IN ('text', 'bigint') ORDER BY 1`);
    expect(rows).toEqual([
      { column: 'devices.storage_persisted', type: 'integer' },
      { column: 'fmps.active', type: 'integer' },
      { column: 'record_quarantine.body_truncated', type: 'integer' },
    ]);
  });

  it('take the ids given for the assigned-id columns, as a copy of a database keeps them', async () => {
    const ids = await rolledBack({
      sqlite: () => {
        sqlite
          .prepare(
            "INSERT INTO users (id, username, password_hash, role, created_at) VALUES (9007199254740991, 'u', 'h', 'admin', 'c')",
          )
          .run();
        return sqlite.prepare('SELECT id FROM users').all();
      },
      postgres: async () => {
        await postgres.query(
          "INSERT INTO users (id, username, password_hash, role, created_at) VALUES (9007199254740991, 'u', 'h', 'admin', 'c')",
        );
        // pg hands BIGINT back as text unless told otherwise; 2^53-1 is exact as a float8.
        return (await postgres.query('SELECT id::float8 AS id FROM users')).rows;
      },
    });
    expect(ids.postgres).toEqual(ids.sqlite);
    expect(ids.sqlite).toEqual([{ id: 9007199254740991 }]);
  });
});
