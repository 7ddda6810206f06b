import type { Database } from './db/connect-database.ts';
import type { PushResult } from '../../shared/push.ts';
import type { ScryptCost } from './auth/password.ts';

export interface Deps {
  /** SQLite in the data folder, or PostgreSQL when `FMP_DATABASE_URL` is set. */
  db: Database;
  now: () => Date;
  /** Told the results of every stored push batch (metrics count them by status). */
  onPushResults?: (results: readonly PushResult[]) => void;
  /** scrypt cost of new password hashes; `PASSWORD_COST` unless given (tests pass a lower one). */
  passwordCost?: ScryptCost;
  /** Rows an XLSX export may have, header rows included: a sheet's 1,048,576 unless given (tests pass a lower one). */
  xlsxRowLimit?: number;
}
