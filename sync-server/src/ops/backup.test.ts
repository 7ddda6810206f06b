import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/database.ts';
import { latestSchemaVersion, migrate } from '../db/migrate.ts';
import { damagePages } from '../../test/support/damage-file.ts';
import { backupName, integrityProblems, listBackups, takeBackup } from './backup.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-backup-'));
  db = openDatabase(join(dir, 'live.sqlite'));
  migrate(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 18, minute, 0, 5));

describe('takeBackup', () => {
  it('writes a dated copy that passes integrity_check and holds what was committed', () => {
    db.prepare(
      "INSERT INTO users (username, password_hash, role, created_at) VALUES ('amina', 'x', 'officer', 'now')",
    ).run();
    const result = takeBackup(db, join(dir, 'backups'), { keep: 3, now: at(30) });
    expect(result.file).toBe(join(dir, 'backups', 'fmp-collect-20261128T183000005Z.sqlite'));
    expect(result.schemaVersion).toBe(latestSchemaVersion());
    const copy = openDatabase(result.file, { readonly: true });
    expect(integrityProblems(copy)).toEqual([]);
    expect(copy.prepare("SELECT role FROM users WHERE username = 'amina'").get()).toEqual({ role: 'officer' });
    copy.close();
  });

  it('keeps the newest N backups and leaves other files in the folder alone', () => {
    const backups = join(dir, 'backups');
    takeBackup(db, backups, { keep: 10, now: at(1) });
    writeFileSync(join(backups, 'notes.txt'), 'keep me');
    for (const minute of [2, 3, 4]) takeBackup(db, backups, { keep: 2, now: at(minute) });
    expect(listBackups(backups)).toEqual([backupName(at(3)), backupName(at(4))]);
    expect(readdirSync(backups)).toContain('notes.txt');
  });

  it('names backups so that their text order is their time order', () => {
    const names = [at(9), at(10), new Date(Date.UTC(2027, 0, 1))].map(backupName);
    expect([...names].sort()).toEqual(names);
  });
});

describe('integrityProblems', () => {
  it('finds damaged pages', () => {
    db.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'y'.repeat(50)}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    damagePages(join(dir, 'live.sqlite'));
    db = openDatabase(join(dir, 'live.sqlite'), { readonly: true });
    expect(integrityProblems(db).length).toBeGreaterThan(0);
  });
});
