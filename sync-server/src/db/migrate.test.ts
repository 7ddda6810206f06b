import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from './database.ts';
import { DatabaseTooNewError, latestSchemaVersion, migrate, schemaVersion } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-migrate-'));
  db = openDatabase(join(dir, 'test.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('brings an empty database to the latest schema, in WAL mode with synchronous FULL', () => {
    expect(migrate(db)).toEqual({ from: 0, to: latestSchemaVersion() });
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('does nothing the second time', () => {
    migrate(db);
    expect(migrate(db)).toEqual({ from: latestSchemaVersion(), to: latestSchemaVersion() });
  });

  it('refuses a database newer than the code, with a clear message', () => {
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db)).toThrow(/schema version 999, newer than this code/);
  });

  it('rolls a failing migration back whole', () => {
    const failing = [
      ...MIGRATIONS,
      {
        version: 99,
        name: 'broken',
        postgres: '',
        up: (d: Db) => {
          d.exec('CREATE TABLE half (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('boom');
    expect(schemaVersion(db)).toBe(latestSchemaVersion());
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });
});
