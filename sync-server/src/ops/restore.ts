import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../db/database.ts';
import { latestSchemaVersion, schemaVersion } from '../db/migrate.ts';
import { fsyncPath, integrityProblems } from './backup.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files.ts';

export class RestoreRefusedError extends Error {}

export interface RestoreResult {
  restored: string;
  schemaVersion: number;
  /** Where the database it replaced now is, with its -wal and -shm if it had them; null on an empty data directory. */
  kept: string | null;
}

const SIDE_FILES = ['', '-wal', '-shm'];

/** Refuses anything but a sound fmp-collect database that this code can run (an older schema is migrated at start). */
function checkRestorable(file: string): number {
  const db = (() => {
    try {
      return openDatabase(file, { readonly: true });
    } catch (err) {
      throw new RestoreRefusedError(`${file} cannot be opened as SQLite: ${(err as Error).message}`);
    }
  })();
  try {
    const problems = integrityProblems(db);
    if (problems.length > 0)
      throw new RestoreRefusedError(`${file} fails integrity_check: ${problems.slice(0, 3).join('; ')}`);
    const version = schemaVersion(db);
    const hasRecords = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'records'").get();
    if (version < 1 || !hasRecords) throw new RestoreRefusedError(`${file} is not an fmp-collect database.`);
    if (version > latestSchemaVersion()) {
      throw new RestoreRefusedError(
        `${file} is at schema ${version}, newer than this code (${latestSchemaVersion()}).`,
      );
    }
    return version;
  } catch (err) {
    if (err instanceof RestoreRefusedError) throw err;
    throw new RestoreRefusedError(`${file} cannot be read as SQLite: ${(err as Error).message}`);
  } finally {
    db.close();
  }
}

/** Folds the WAL into the file so that what is kept is one self-contained database; a broken one is kept as it is. */
function checkpoint(dbFile: string): void {
  try {
    const db = openDatabase(dbFile);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // Keeping the files untouched matters more than folding them.
  }
}

/**
 * Puts a backup in place of the data directory's database while no server runs. The backup is copied
 * in and checked first: a refusal changes nothing. The replaced database is moved, never deleted.
 */
export function restoreBackup(backup: string, dataDir: string, now = new Date()): RestoreResult {
  if (!existsSync(backup)) throw new RestoreRefusedError(`${backup} does not exist.`);
  const unlock = lockDataDir(dataDir, 'restore');
  const dbFile = join(dataDir, DB_FILE_NAME);
  const incoming = `${dbFile}.restoring`;
  try {
    for (const suffix of SIDE_FILES) rmSync(incoming + suffix, { force: true });
    copyFileSync(backup, incoming);
    // A copy brought back from elsewhere may have come with any mode.
    chmodSync(incoming, PRIVATE_FILE_MODE);
    let version: number;
    try {
      version = checkRestorable(incoming);
    } catch (err) {
      for (const suffix of SIDE_FILES) rmSync(incoming + suffix, { force: true });
      throw err instanceof RestoreRefusedError
        ? new RestoreRefusedError(err.message.replaceAll(incoming, backup))
        : err;
    }
    fsyncPath(incoming);

    let kept: string | null = null;
    if (existsSync(dbFile)) {
      checkpoint(dbFile);
      const keptDir = join(dataDir, 'replaced');
      mkdirSync(keptDir, { recursive: true, mode: PRIVATE_DIR_MODE });
      kept = join(keptDir, `fmp-collect-replaced-${now.toISOString().replace(/[-:.]/g, '')}.sqlite`);
      for (const suffix of SIDE_FILES) {
        if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, kept + suffix);
      }
      fsyncPath(keptDir);
    }
    renameSync(incoming, dbFile);
    fsyncPath(dataDir);
    return { restored: basename(backup), schemaVersion: version, kept };
  } finally {
    unlock();
  }
}
