import { fileURLToPath } from 'node:url';
import type { BackupSettings } from '../config.ts';
import type { Logger } from '../log.ts';
import type { BackupResult } from './backup.ts';
import { runChild } from './run-child.ts';

/** backup-cli.ts as built beside the server's bundle by scripts/build-server.ts: plain JavaScript, no TypeScript loader. */
const BACKUP_CLI = fileURLToPath(new URL('../../dist/backup.js', import.meta.url));

/** What `npm run backup` runs, as a child process: the copy never holds the server's event loop, and a failure is only logged. */
async function backupInChild(dir: string): Promise<BackupResult> {
  const run = await runChild(process.execPath, [BACKUP_CLI, '--json', dir], { env: process.env });
  if (run.code !== 0) throw new Error(run.stderr.trim() || `backup exited with ${run.code}`);
  return JSON.parse(run.stdout) as BackupResult;
}

/** Off unless `everyHours` > 0; a backup still running when the next is due makes that one skip. */
export function scheduleBackups(settings: BackupSettings, log: Logger): () => void {
  if (settings.everyHours <= 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return log.warn({ msg: 'backup skipped: the previous one is still running' });
    running = true;
    try {
      const result = await backupInChild(settings.dir);
      log.info({
        msg: 'backup',
        file: result.file,
        bytes: result.bytes,
        ms: result.ms,
        removed: result.removed.length,
      });
    } catch (err) {
      log.error({ msg: 'backup failed', error: err instanceof Error ? err.message : String(err) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), settings.everyHours * 3600_000);
  timer.unref();
  log.info({ msg: 'scheduled backups', dir: settings.dir, everyHours: settings.everyHours, keep: settings.keep });
  return () => clearInterval(timer);
}
