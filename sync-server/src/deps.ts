import type { Db } from './db/database.ts';
import type { PushResult } from '../../shared/push.ts';
import type { ScryptCost } from './auth/password.ts';

export interface Deps {
  db: Db;
  /** The database file, so that long reads (exports) can open their own read-only connection. */
  dbFile: string;
  now: () => Date;
  /** Told the results of every stored push batch (metrics count them by status). */
  onPushResults?: (results: readonly PushResult[]) => void;
  /** scrypt cost of new password hashes; `PASSWORD_COST` unless given (tests pass a lower one). */
  passwordCost?: ScryptCost;
}
