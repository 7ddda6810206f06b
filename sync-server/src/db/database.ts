import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

export const DB_FILE_NAME = 'fmp-collect.sqlite';

/** Durability before speed: a push is acknowledged only after its batch is on disk. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return options.readonly ? db : boundPageCache(db);
}

/**
 * better-sqlite3 builds SQLite with a 16 MB page cache per connection; SQLite's own 2 MB keeps the
 * server small, and the kernel's file cache holds the rest (decision 0050). Not set on every read-only
 * connection: it reads the schema, and those also check copies that may be damaged.
 */
export function boundPageCache(db: Db): Db {
  db.pragma('cache_size = -2000');
  return db;
}
