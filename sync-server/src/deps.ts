import type { Db } from './db/database.ts';

export interface Deps {
  db: Db;
  /** The database file, so that long reads (exports) can open their own read-only connection. */
  dbFile: string;
  now: () => Date;
}
