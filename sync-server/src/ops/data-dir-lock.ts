import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'fmp-collect.pid';

export interface LockOwner {
  pid: number;
  role: 'server' | 'restore';
  startedAt: string;
  /** Linux's id of this boot: after a power cut the old pid may belong to another program. */
  bootId?: string;
}

function currentBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

export class DataDirBusyError extends Error {
  constructor(readonly lockFile: string, readonly owner: LockOwner) {
    super(
      `${owner.role === 'server' ? 'The server' : 'A restore'} (pid ${owner.pid}, since ${owner.startedAt}) is using ` +
        `this data directory. Stop it first. If no such process runs, delete ${lockFile}.`,
    );
  }
}

function heldByOther({ pid, bootId }: LockOwner): boolean {
  if (pid === process.pid) return false;
  if (bootId && bootId !== currentBootId()) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, as another user's process.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number') return null;
    return { pid: owner.pid, role: owner.role ?? 'server', startedAt: owner.startedAt ?? '?', bootId: owner.bootId };
  } catch {
    return null;
  }
}

/** The live process that holds the data directory, if any; a lock left by a killed one does not count. */
export function dataDirOwner(dataDir: string): LockOwner | null {
  const owner = readOwner(join(dataDir, LOCK_FILE_NAME));
  return owner && heldByOther(owner) ? owner : null;
}

/**
 * One process at a time owns a data directory: the server while it runs, or a restore.
 * Created with O_EXCL, so two that start together cannot both win; a stale file (SIGKILL, power cut)
 * whose process is gone, or is from an earlier boot, is taken over.
 */
export function lockDataDir(dataDir: string, role: LockOwner['role']): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, role, startedAt: new Date().toISOString(), bootId: currentBootId() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      return () => {
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(file);
      if (owner && heldByOther(owner)) throw new DataDirBusyError(file, owner);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take ${file}: another process keeps creating it.`);
}
