import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { LOCK_FILE_NAME, OWNER_FILE_NAME } from '../src/ops/data-dir-lock.ts';
import { startServer } from './support/server-process.ts';
import { runNpmScript } from './support/run-npm-script.ts';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const modesOf = (paths: readonly string[]) => Object.fromEntries(paths.map((p) => [p, modeOf(p)]));
const filesIn = (dir: string) =>
  readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isFile());

let root: string;
let dataDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fmp-modes-'));
  chmodSync(root, 0o755);
  dataDir = join(root, 'data');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('files the server, backup and restore create', () => {
  it('are for their owner only: folders 0700, files 0600, under a umask that lets others read', async () => {
    const server = await startServer({ dataDir });
    try {
      const dbFile = join(dataDir, DB_FILE_NAME);
      for (const file of [
        dbFile,
        `${dbFile}-wal`,
        `${dbFile}-shm`,
        join(dataDir, LOCK_FILE_NAME),
        join(dataDir, OWNER_FILE_NAME),
      ]) {
        expect(existsSync(file), file).toBe(true);
      }
      expect(modeOf(dataDir)).toBe('700');
      expect(modesOf(filesIn(dataDir))).toEqual(Object.fromEntries(filesIn(dataDir).map((f) => [f, '600'])));

      const backupDir = join(root, 'backups');
      const backup = await runNpmScript('backup', [backupDir], { FMP_DATA_DIR: dataDir });
      expect(backup.code, backup.stderr).toBe(0);
      const [backupFile = ''] = filesIn(backupDir);
      expect({ dir: modeOf(backupDir), file: modeOf(backupFile) }).toEqual({ dir: '700', file: '600' });

      await server.kill('SIGTERM');
      chmodSync(backupFile, 0o644);
      const restore = await runNpmScript('restore', [backupFile], { FMP_DATA_DIR: dataDir });
      expect(restore.code, restore.stderr).toBe(0);
      const replaced = join(dataDir, 'replaced');
      expect(modeOf(replaced)).toBe('700');
      expect(modesOf([dbFile, ...filesIn(replaced)])).toEqual(
        Object.fromEntries([dbFile, ...filesIn(replaced)].map((f) => [f, '600'])),
      );
    } finally {
      await server.stop();
    }
  });

  it('close a data directory and database made by an earlier release to other users at start', async () => {
    mkdirSync(dataDir, { mode: 0o755 });
    const dbFile = join(dataDir, DB_FILE_NAME);
    const db = openDatabase(dbFile);
    migrate(db);
    db.close();
    expect({ dir: modeOf(dataDir), db: modeOf(dbFile) }).toEqual({ dir: '755', db: '644' });
    const server = await startServer({ dataDir });
    try {
      expect({ dir: modeOf(dataDir), db: modeOf(dbFile), wal: modeOf(`${dbFile}-wal`) }).toEqual({
        dir: '700',
        db: '600',
        wal: '600',
      });
    } finally {
      await server.stop();
    }
  });
});
