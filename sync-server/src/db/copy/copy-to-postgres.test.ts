import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DB_FILE_NAME, openDatabase, type Db } from '../database.ts';
import { latestSchemaVersion, migrate } from '../migrate.ts';
import { migratePostgres } from '../migrate-postgres.ts';
import { PostgresSql } from '../postgres-sql.ts';
import { MIGRATIONS } from '../migrations/index.ts';
import { lockDataDir } from '../../ops/data-dir-lock.ts';
import { buildFmrDataset } from '../../../../scripts/bench/fmr-dataset.ts';
import { freshDatabase, type FreshDatabase } from '../../../test/support/fresh-database.ts';
import { copySqliteToPostgres } from './copy-to-postgres.ts';
import { CopyRefusedError, CopyRolledBackError } from './copy-errors.ts';
import { readTablePlans } from './table-plan.ts';
import { readFromSqlite } from './compare-tables.ts';
import { verifyCopy, CopyDiffersError } from './verify-copy.ts';

const LARGEST_SEQ = 9_007_199_254_740_991;
const AT = '2026-03-01T08:00:00.000Z';

let target: FreshDatabase;
let targetUrl: string;
const removeAfter: string[] = [];
beforeEach(async () => {
  target = await freshDatabase(inject('postgresAdminUrl'));
  // A password in the URL, as a managed PostgreSQL has: trust auth ignores it, and no message may show it.
  const url = new URL(target.url);
  url.password = 'not-to-be-printed';
  targetUrl = url.toString();
});
afterEach(async () => {
  await target.drop();
  for (const dir of removeAfter.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data folder with FMR records and aggregates, and a row or more in every other table, some ids out of the ordinary. */
async function sqliteWithEveryTable(records = 300): Promise<string> {
  const dataset = await buildFmrDataset(records, 3);
  removeAfter.push(dataset.dataDir);
  const db = openDatabase(dataset.dbFile);
  db.exec(`
    INSERT INTO users (id, username, password_hash, role, created_at) VALUES
      (1, 'admin', 'scrypt$a', 'admin', '${AT}'), (7, 'officer', 'scrypt$b', 'officer', '${AT}');
    INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('s1', 7, '${AT}', '2026-03-02T08:00:00.000Z');
    INSERT INTO enrollment_codes (code_hash, fmp, label, created_by, created_at, expires_at, used_at, used_by_device)
      VALUES ('c1', 'GOLI', 'tablet "3"', 1, '${AT}', '${AT}', NULL, NULL);
    INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('dev-2', 't2', 'GOLI', '${AT}');
    INSERT INTO device_moves (id, device_id, from_fmp, to_fmp, moved_at, moved_by)
      VALUES (40, 'dev-2', 'MPONDWE', 'GOLI', '${AT}', 'officer');
    INSERT INTO device_seq_ranges (device_id, first_seq, last_seq) VALUES ('dev-2', 1, 5), ('dev-2', 9, ${LARGEST_SEQ});
    INSERT INTO record_revisions (record_id, revision, data, warnings, content_hash, revised_by, revised_at, revision_reason, superseded_at)
      SELECT id, 1, data, '[]', content_hash, NULL, received_at, NULL, '${AT}' FROM records ORDER BY id LIMIT 3;
    UPDATE records SET revision = 2, review_state = 'corrected', revised_by = 'officer', revised_at = '${AT}', revision_reason = 'typo'
      WHERE id IN (SELECT record_id FROM record_revisions);
    INSERT INTO record_conflicts (id, record_id, device_id, body, content_hash, received_at)
      VALUES (12, 'r', 'dev-2', '{"é":"\u2028"}', 'h', '${AT}');
    INSERT INTO record_quarantine (id, record_id, device_id, body, body_hash, errors, received_at, body_bytes)
      VALUES (5, NULL, 'dev-2', '{', 'q', '[]', '${AT}', 1);
    INSERT INTO audit_log (id, at, user_id, username, action, target, details) VALUES
      (1, '${AT}', 1, 'admin', 'user.create', 'officer', '{}'), (2, '${AT}', NULL, 'nobody', 'session.fail', NULL, '{}');
    INSERT INTO rate_limit_attempts (id, bucket, key, at_ms) VALUES (3, 'sign-in', '127.0.0.1', 1772352000000);
    INSERT INTO webhooks (id, url, secret, created_at, created_by, failures, last_error)
      VALUES (4, 'https://warehouse.example.org/fmp', 'a secret of sixteen', '${AT}', 'admin', 2, 'HTTP 503');
    INSERT INTO webhook_deliveries (id, webhook_id, event_id, payload, queued_at, attempts, failing_since_ms)
      VALUES (70, 4, 'r:1', '{"id":"r:1"}', '${AT}', 2, 1772352000000);
    INSERT INTO feed_tokens (id, name, role, token_hash, created_by, created_at, revoked_at)
      VALUES (4, 'Power BI', 'analyst', 'f1', 'admin', '${AT}', NULL);
    UPDATE fmps SET name = 'Goli (renamed)' WHERE code = 'GOLI';
    INSERT INTO fmps (code, name, district, time_zone, active) VALUES ('ELEGU', 'Elegu', 'Amuru', 'Africa/Kampala', 0);
  `);
  db.close();
  return dataset.dataDir;
}

async function onTarget<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(target.url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table of the target and what it holds, to tell that a refusal changed nothing. */
const targetContents = () =>
  onTarget(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    const contents: Record<string, string[]> = {};
    for (const { name } of tables)
      contents[name] = (
        await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t ORDER BY 1`)
      ).rows.map((r) => r.row);
    return contents;
  });

/** A target migrated by the copy and holding none of the copied rows: only what a new database holds. */
async function expectNothingCopied(): Promise<void> {
  const contents = await targetContents();
  for (const [table, rows] of Object.entries(contents)) {
    if (table === 'fmps') expect(rows).toHaveLength(9);
    else if (table === 'deployment') expect(rows).toHaveLength(1);
    else if (table === 'form_versions') expect(rows).toHaveLength(3);
    else if (table === 'schema_version') expect(rows).toEqual([String(`(${latestSchemaVersion()})`)]);
    else expect(rows, table).toEqual([]);
  }
}

async function migrateTarget(): Promise<void> {
  const sql = new PostgresSql(target.url);
  try {
    await migratePostgres(sql);
  } finally {
    await sql.close();
  }
}

const inSqlite = <T>(dir: string, work: (db: Db) => T): T => {
  const db = openDatabase(join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
};

describe('copySqliteToPostgres', () => {
  it('copies every table with its ids and exact values, then moves the id sequences past them', async () => {
    const dir = await sqliteWithEveryTable();
    const copied: string[] = [];
    const result = await copySqliteToPostgres({
      dataDir: dir,
      targetUrl,
      batchRows: 7,
      onTableCopied: (t) => copied.push(t.name),
    });

    const plans = inSqlite(dir, readTablePlans);
    expect(plans.map((p) => p.name).sort()).toEqual([
      'audit_log',
      'deployment',
      'device_moves',
      'device_seq_ranges',
      'devices',
      'enrollment_codes',
      'feed_tokens',
      'fmps',
      'fmr_cube',
      'fmr_daily',
      'fmr_monthly',
      'form_versions',
      'rate_limit_attempts',
      'record_conflicts',
      'record_quarantine',
      'record_revisions',
      'records',
      'sessions',
      'users',
      'webhook_deliveries',
      'webhooks',
    ]);
    expect(copied).toEqual(plans.map((p) => p.name));
    expect(copied.indexOf('users')).toBeLessThan(copied.indexOf('sessions'));
    expect(copied.indexOf('records')).toBeLessThan(copied.indexOf('record_revisions'));
    const counts = inSqlite(dir, (db) =>
      Object.fromEntries(
        plans.map((p) => [p.name, (db.prepare(`SELECT count(*) AS n FROM "${p.name}"`).get() as { n: number }).n]),
      ),
    );
    expect(Object.fromEntries(result.tables.map((t) => [t.name, t.rows]))).toEqual(counts);
    expect(counts.records).toBe(300);
    expect(result.target).not.toContain('not-to-be-printed');

    await onTarget(async (client) => {
      expect(
        (await client.query('SELECT last_seq::text AS s FROM device_seq_ranges WHERE first_seq = 9')).rows,
      ).toEqual([{ s: String(LARGEST_SEQ) }]);
      expect((await client.query('SELECT body FROM record_conflicts WHERE id = 12')).rows).toEqual([
        { body: '{"é":"\u2028"}' },
      ]);
      expect(
        (await client.query("SELECT name, active FROM fmps WHERE code IN ('GOLI', 'ELEGU') ORDER BY code")).rows,
      ).toEqual([
        { name: 'Elegu', active: 0 },
        { name: 'Goli (renamed)', active: 1 },
      ]);
      // The next rows the server adds get ids after the copied ones.
      const next = async (insert: string) =>
        Number((await client.query<{ id: string }>(`${insert} RETURNING id`)).rows[0]?.id);
      expect(
        await next(
          "INSERT INTO users (username, password_hash, role, created_at) VALUES ('new', 'x', 'analyst', 'now')",
        ),
      ).toBe(8);
      expect(await next("INSERT INTO audit_log (at, username, action) VALUES ('now', 'new', 'x')")).toBe(3);
      expect(
        await next(
          "INSERT INTO device_moves (device_id, from_fmp, to_fmp, moved_at, moved_by) VALUES ('dev-2', 'GOLI', 'BUSUNGA', 'now', 'x')",
        ),
      ).toBe(41);
      expect(
        await next(
          "INSERT INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES ('r2', 'dev-2', '{}', 'h', 'now')",
        ),
      ).toBe(13);
      expect(await next("INSERT INTO rate_limit_attempts (bucket, key, at_ms) VALUES ('b', 'k', 1)")).toBe(4);
      expect(
        await next(
          "INSERT INTO webhook_deliveries (webhook_id, event_id, payload, queued_at) VALUES (4, 'r:2', '{}', 'now')",
        ),
      ).toBe(71);
      expect(
        await next(
          "INSERT INTO feed_tokens (name, role, token_hash, created_by, created_at) VALUES ('n', 'analyst', 'f2', 'a', 'now')",
        ),
      ).toBe(5);
    });
  });

  it('copies into a target that holds only what the migrations put there', async () => {
    await migrateTarget();
    const dir = await sqliteWithEveryTable(20);
    const result = await copySqliteToPostgres({ dataDir: dir, targetUrl });
    expect(result.tables.find((t) => t.name === 'records')?.rows).toBe(20);
  });
});

describe('copySqliteToPostgres refuses, changing nothing in the target', () => {
  it('a target that holds a row', async () => {
    const dir = await sqliteWithEveryTable(20);
    await migrateTarget();
    await onTarget((client) =>
      client.query(
        `INSERT INTO users (username, password_hash, role, created_at) VALUES ('someone', 'x', 'admin', '${AT}')`,
      ),
    );
    const before = await targetContents();
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
      new CopyRefusedError(`${target.url} is not a new, empty database (1 row in users): copy into one made for it.`),
    );
    expect(await targetContents()).toEqual(before);
  });

  it('a target whose seed FMPs were changed', async () => {
    const dir = await sqliteWithEveryTable(20);
    await migrateTarget();
    await onTarget((client) => client.query("UPDATE fmps SET active = 0 WHERE code = 'GOLI'"));
    const before = await targetContents();
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
      /is not a new, empty database \(other rows in fmps\)/,
    );
    expect(await targetContents()).toEqual(before);
  });

  it('a database used for something else, before migrating it', async () => {
    const dir = await sqliteWithEveryTable(20);
    await onTarget((client) => client.query('CREATE TABLE invoices (id integer)'));
    const before = await targetContents();
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
      /holds tables fmp-collect does not have \(invoices\)/,
    );
    expect(await targetContents()).toEqual(before);
  });

  it('a SQLite database at an older schema, telling the operator to migrate it first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmp-copy-old-'));
    removeAfter.push(dir);
    const db = openDatabase(join(dir, DB_FILE_NAME));
    const older = MIGRATIONS.slice(0, -1);
    migrate(db, older);
    db.close();
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
      `is at schema version ${latestSchemaVersion(older)}, older than this code's ${latestSchemaVersion()}. Start the server once on it`,
    );
    expect(await targetContents()).toEqual({});
  });

  it('while a server holds the data folder', async () => {
    const dir = await sqliteWithEveryTable(20);
    const unlock = lockDataDir(dir, 'server');
    try {
      await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
        /The server \(pid \d+, since .*\) is using this data directory/,
      );
    } finally {
      unlock();
    }
    expect(await targetContents()).toEqual({});
  });

  it('an unreachable target, in one line without its password', async () => {
    const dir = await sqliteWithEveryTable(20);
    const nowhere = 'postgres://fmp:not-to-be-printed@127.0.0.1:1/fmp';
    const refusal = await copySqliteToPostgres({ dataDir: dir, targetUrl: nowhere }).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(CopyRefusedError);
    expect((refusal as Error).message).toMatch(
      /^Cannot use PostgreSQL at postgres:\/\/fmp@127\.0\.0\.1:1\/fmp: connect ECONNREFUSED \S+$/,
    );
  });
});

describe('a copy that fails part way', () => {
  it('leaves the target without any copied row, after an error between tables', async () => {
    const dir = await sqliteWithEveryTable(50);
    const copied: string[] = [];
    const failing = copySqliteToPostgres({
      dataDir: dir,
      targetUrl,
      afterTable: (table) => {
        copied.push(table);
        return copied.length === 1 ? Promise.reject(new Error('the network went away')) : Promise.resolve();
      },
    });
    await expect(failing).rejects.toThrow(new CopyRolledBackError('the network went away'));
    expect(copied).toEqual(['deployment']);
    await expectNothingCopied();
    // Nothing stays behind that a second attempt would trip over.
    expect(
      (await copySqliteToPostgres({ dataDir: dir, targetUrl })).tables.find((t) => t.name === 'records')?.rows,
    ).toBe(50);
  });

  it('leaves the target without any copied row, when PostgreSQL refuses a row of a late table', async () => {
    const dir = await sqliteWithEveryTable(50);
    const db = openDatabase(join(dir, DB_FILE_NAME));
    // SQLite keeps a NUL inside text; PostgreSQL's text cannot hold one.
    db.prepare("INSERT INTO audit_log (at, username, action, details) VALUES (?, 'admin', 'x', ?)").run(AT, 'a\u0000b');
    db.close();
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl })).rejects.toThrow(
      /^Copying audit_log: .*0x00.* Rolled back: the target holds none of the copied rows\.$/,
    );
    await expectNothingCopied();
  });
});

describe('the verification', () => {
  it('catches a row changed in the target between its copy and the check, and rolls the copy back', async () => {
    const dir = await sqliteWithEveryTable(50);
    const tamper = async (table: string, client: pg.ClientBase) => {
      if (table === 'records')
        await client.query("UPDATE records SET enumerator = 'Someone else' WHERE id = (SELECT max(id) FROM records)");
    };
    const hash = '[0-9a-f]{12}';
    const says = `records: 50 rows on both sides, but their content differs \\(sha256 ${hash}… in SQLite, ${hash}… in PostgreSQL\\)`;
    await expect(copySqliteToPostgres({ dataDir: dir, targetUrl, afterTable: tamper })).rejects.toThrow(
      new RegExp(`^The copy differs from the SQLite database: ${says}\\. Rolled back`),
    );
    await expectNothingCopied();
  });

  it('tells which tables of two databases differ, in content or in count', async () => {
    const dir = await sqliteWithEveryTable(50);
    await copySqliteToPostgres({ dataDir: dir, targetUrl });
    const verify = () =>
      onTarget(async (client) => {
        const source = openDatabase(join(dir, DB_FILE_NAME), { readonly: true });
        try {
          return await verifyCopy(readFromSqlite(source), client, readTablePlans(source)).then(
            () => 'same',
            (err: unknown) => err,
          );
        } finally {
          source.close();
        }
      });
    expect(await verify()).toBe('same');

    await onTarget((client) =>
      client.query('UPDATE fmr_daily SET records = records + 1 WHERE ctid = (SELECT min(ctid) FROM fmr_daily)'),
    );
    await onTarget((client) => client.query('DELETE FROM device_moves'));
    const found = await verify();
    expect(found).toBeInstanceOf(CopyDiffersError);
    expect((found as CopyDiffersError).differences.map((d) => d.says)).toEqual([
      expect.stringMatching(/^fmr_daily: \d+ rows on both sides, but their content differs/),
      'device_moves: 1 row in SQLite, 0 in PostgreSQL',
    ]);
  });
});
