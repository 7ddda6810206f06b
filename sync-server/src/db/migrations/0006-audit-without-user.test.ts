import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../database.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-0006-'));
  db = openDatabase(join(dir, 'test.sqlite'));
  migrate(db, MIGRATIONS.slice(0, 5));
  db.prepare(
    "INSERT INTO users (id, username, password_hash, role, created_at) VALUES (1, 'admin', 'h', 'admin', 'c')",
  ).run();
  db.prepare(
    `INSERT INTO audit_log (at, user_id, username, action, target, details)
     VALUES ('t1', 1, 'admin', 'user.create', 'user:x', '{"role":"officer"}')`,
  ).run();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0006', () => {
  it('keeps every audit entry and then takes one whose username belongs to no user', () => {
    const before = db.prepare('SELECT * FROM audit_log').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM audit_log').all()).toEqual(before);
    db.prepare(
      "INSERT INTO audit_log (at, user_id, username, action) VALUES ('t2', NULL, 'nobody', 'session.sign-in-failed')",
    ).run();
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
