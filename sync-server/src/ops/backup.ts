import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/database.ts';
import { schemaVersion } from '../db/migrate.ts';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files.ts';

const BACKUP_PREFIX = 'fmp-collect-';
const BACKUP_SUFFIX = '.sqlite';
const BACKUP_NAME = /^fmp-collect-\d{8}T\d{6}(\d{3})?Z\.sqlite$/;

export interface BackupResult {
  file: string;
  bytes: number;
  schemaVersion: number;
  ms: number;
  removed: string[];
}

/** `fmp-collect-20261128T183000123Z.sqlite`: sorts by time as text, and has no colon for Windows copies. */
export function backupName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[-:.]/g, '')}${BACKUP_SUFFIX}`;
}

/** On disk before it is called a backup: a power cut must not leave a named but empty copy. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Problems found by `PRAGMA integrity_check`, or an empty list for a sound file. */
export function integrityProblems(db: Db): string[] {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
  } catch (err) {
    // Damage bad enough to stop the check itself (SQLITE_CORRUPT, SQLITE_NOTADB).
    return [(err as Error).message];
  }
}

export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => BACKUP_NAME.test(n)).sort();
}

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one snapshot, so writers on other
 * connections or processes go on meanwhile (WAL) and none of their half-done batches is copied.
 * The copy is checked before it gets its final name, so a listed backup is always a sound one.
 */
export function takeBackup(source: Db, dir: string, options: { keep: number; now?: Date }): BackupResult {
  const started = performance.now();
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const file = join(dir, backupName(options.now ?? new Date()));
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  source.prepare('VACUUM INTO ?').run(partial);
  chmodSync(partial, PRIVATE_FILE_MODE);
  let version: number;
  const copy = openDatabase(partial, { readonly: true });
  try {
    const problems = integrityProblems(copy);
    if (problems.length > 0)
      throw new Error(`The backup copy failed integrity_check: ${problems.slice(0, 5).join('; ')}`);
    version = schemaVersion(copy);
  } catch (err) {
    copy.close();
    rmSync(partial, { force: true });
    throw err;
  }
  copy.close();
  fsyncPath(partial);
  renameSync(partial, file);
  fsyncPath(dir);
  const removed = pruneBackups(dir, options.keep);
  return {
    file,
    bytes: statSync(file).size,
    schemaVersion: version,
    ms: Math.round(performance.now() - started),
    removed,
  };
}

/** Keeps the newest `keep` backups of this tool's naming; other files in the folder are left alone. */
function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(0, -keep);
  for (const name of old) rmSync(join(dir, name), { force: true });
  return old;
}
