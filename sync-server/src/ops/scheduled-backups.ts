import type { Db } from '../db/database.ts';
import type { BackupSettings } from '../config.ts';
import type { Logger } from '../log.ts';
import { takeBackup } from './backup.ts';

/** Off unless `everyHours` > 0. Runs on the server's own connection: the copy blocks requests while it is written. */
export function scheduleBackups(db: Db, settings: BackupSettings, log: Logger): () => void {
  if (settings.everyHours <= 0) return () => {};
  const run = () => {
    try {
      const result = takeBackup(db, settings.dir, { keep: settings.keep });
      log.info({ msg: 'backup', file: result.file, bytes: result.bytes, ms: result.ms, removed: result.removed.length });
    } catch (err) {
      log.error({ msg: 'backup failed', err });
    }
  };
  const timer = setInterval(run, settings.everyHours * 3600_000);
  timer.unref();
  log.info({ msg: 'scheduled backups', dir: settings.dir, everyHours: settings.everyHours, keep: settings.keep });
  return () => clearInterval(timer);
}
