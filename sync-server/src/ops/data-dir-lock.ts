import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from './private-files.ts';

/** An empty SQLite database whose exclusive lock is the data directory's lock; it stays in place between owners. */
export const LOCK_FILE_NAME = 'fmp-collect.lock';
/** Who holds the lock, for the refusal message only: a stale one after a crash means nothing. */
export const OWNER_FILE_NAME = 'fmp-collect.owner';

export interface LockOwner {
  pid: number;
  role: 'server' | 'restore' | 'copy';
  startedAt: string;
}

const WHO: Record<LockOwner['role'], string> = {
  server: 'The server',
  restore: 'A restore',
  copy: 'A copy to PostgreSQL',
};

export class DataDirBusyError extends Error {
  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `${WHO[owner.role] ?? WHO.server} (pid ${owner.pid}, since ${owner.startedAt}) is using this data directory. Stop it first.`
        : `Another process holds ${lockFile}: a server, a restore or a copy to PostgreSQL is using this data directory. Stop it first.`,
    );
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number') return null;
    return { pid: owner.pid, role: owner.role ?? 'server', startedAt: owner.startedAt ?? '?' };
  } catch {
    return null;
  }
}

const isBusy = (err: unknown) => (err as { code?: string }).code === 'SQLITE_BUSY';

/**
 * One process at a time owns a data directory: the server while it runs, a restore, or a copy to
 * PostgreSQL. The lock is SQLite's exclusive lock (a POSIX fcntl lock) on `fmp-collect.lock`, held
 * by a transaction left open: the kernel drops it when the process dies, however it dies, so a crash
 * never leaves the directory locked and no pid is ever trusted (decision 0043). Nothing else in the process may open the lock
 * file: closing any descriptor of it would drop the process's POSIX locks on it.
 */
export function lockDataDir(dataDir: string, role: LockOwner['role']): () => void {
  makePrivateDir(dataDir);
  const lockFile = join(dataDir, LOCK_FILE_NAME);
  const ownerFile = join(dataDir, OWNER_FILE_NAME);
  // No busy wait: a holder that died has already lost its lock, and a live one will not let go.
  const db = new Database(lockFile, { timeout: 0 });
  try {
    // Never committed: the lock is held without a byte written, until the connection closes or the process dies.
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if (isBusy(err)) throw new DataDirBusyError(lockFile, readOwner(ownerFile));
    throw err;
  }
  const me: LockOwner = { pid: process.pid, role, startedAt: new Date().toISOString() };
  writeFileSync(ownerFile, `${JSON.stringify(me)}\n`, { mode: PRIVATE_FILE_MODE });
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (readOwner(ownerFile)?.pid === process.pid) rmSync(ownerFile, { force: true });
    db.close();
  };
}
