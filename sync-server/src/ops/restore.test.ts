import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { fingerprint } from '../../test/support/fingerprint.ts';
import { damagePages } from '../../test/support/damage-file.ts';
import { takeBackup } from './backup.ts';
import { OWNER_FILE_NAME, lockDataDir, DataDirBusyError } from './data-dir-lock.ts';
import { restoreBackup, RestoreRefusedError } from './restore.ts';

let dir: string;
let dataDir: string;
let dbFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-restore-'));
  dataDir = join(dir, 'data');
  dbFile = join(dataDir, DB_FILE_NAME);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeDatabase(file: string, users: string[]): void {
  const db = openDatabase(file);
  migrate(db);
  const insert = db.prepare(
    "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, 'x', 'analyst', 'now')",
  );
  db.transaction(() => users.forEach((name) => insert.run(name)))();
  db.close();
}

function usernames(file: string): string[] {
  const db = openDatabase(file, { readonly: true });
  const names = db.prepare('SELECT username FROM users ORDER BY username').all() as { username: string }[];
  db.close();
  return names.map((u) => u.username);
}

function backupOf(users: string[]): string {
  const source = join(dir, 'source.sqlite');
  makeDatabase(source, users);
  const db = openDatabase(source);
  const { file } = takeBackup(db, join(dir, 'backups'), { keep: 5 });
  db.close();
  return file;
}

describe('restoreBackup', () => {
  it('puts the backup in place and keeps the database it replaces, WAL folded in', () => {
    makeDatabase(dbFile, ['current']);
    const backup = backupOf(['from-backup']);
    const result = restoreBackup(backup, dataDir);
    expect(usernames(dbFile)).toEqual(['from-backup']);
    expect(result.kept).not.toBeNull();
    expect(usernames(result.kept ?? '')).toEqual(['current']);
    expect(() => lockDataDir(dataDir, 'server')()).not.toThrow();
  });

  it('restores into an empty data directory', () => {
    const result = restoreBackup(backupOf(['only']), dataDir);
    expect(result.kept).toBeNull();
    expect(usernames(dbFile)).toEqual(['only']);
  });

  it.each([
    ['a file that is not SQLite', (file: string) => writeFileSync(file, 'PK\u0003\u0004 not a database'.repeat(300))],
    ['a database with damaged pages', (file: string) => damagePages(file)],
    ['an empty file', (file: string) => writeFileSync(file, '')],
  ])('refuses %s and changes nothing', (_what, spoil) => {
    makeDatabase(dbFile, ['current']);
    const backup = backupOf(Array.from({ length: 300 }, (_, i) => `user-${i}`));
    spoil(backup);
    const before = fingerprint(dataDir);
    expect(() => restoreBackup(backup, dataDir)).toThrow(RestoreRefusedError);
    expect(fingerprint(dataDir)).toEqual(before);
  });

  it('refuses a database of another application', () => {
    const other = join(dir, 'other.sqlite');
    const db = openDatabase(other);
    db.exec('CREATE TABLE notes (x)');
    db.close();
    expect(() => restoreBackup(other, dataDir)).toThrow(/not an fmp-collect database/);
  });

  it('refuses a backup newer than the code', () => {
    const backup = backupOf([]);
    const db = openDatabase(backup);
    db.pragma('user_version = 999');
    db.close();
    expect(() => restoreBackup(backup, dataDir)).toThrow(/schema 999, newer than this code/);
  });

  it('refuses while another owner holds the data directory', () => {
    makeDatabase(dbFile, ['current']);
    const release = lockDataDir(dataDir, 'server');
    expect(() => restoreBackup(backupOf(['x']), dataDir)).toThrow(DataDirBusyError);
    release();
    expect(usernames(dbFile)).toEqual(['current']);
  });

  it('goes on when the owner file left behind names a live process that holds no lock', () => {
    makeDatabase(dbFile, ['current']);
    writeFileSync(
      join(dataDir, OWNER_FILE_NAME),
      JSON.stringify({ pid: process.ppid, role: 'server', startedAt: 'earlier' }),
    );
    restoreBackup(backupOf(['x']), dataDir);
    expect(usernames(dbFile)).toEqual(['x']);
  });
});

describe('lockDataDir', () => {
  it('lets one owner in at a time, names it to the next, and frees the directory on release', () => {
    const release = lockDataDir(dataDir, 'server');
    expect(() => lockDataDir(dataDir, 'restore')).toThrow(
      new RegExp(`The server \\(pid ${process.pid}, since .+\\) is using this data directory\\. Stop it first\\.`),
    );
    release();
    lockDataDir(dataDir, 'restore')();
  });

  it('refuses without an owner file too, naming the lock file', () => {
    const release = lockDataDir(dataDir, 'server');
    rmSync(join(dataDir, OWNER_FILE_NAME));
    expect(() => lockDataDir(dataDir, 'restore')).toThrow(
      /Another process holds .*fmp-collect\.lock: a server, a restore or a copy to PostgreSQL is using this data directory/,
    );
    release();
  });

  it('makes the data directory private to its owner', () => {
    mkdirSync(dataDir, { mode: 0o755 });
    lockDataDir(dataDir, 'server')();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
