import type { Db } from '../database.ts';

/** A failed sign-in is audited with the username tried, which may belong to no user: `user_id` may be null. */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE audit_log_new (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER REFERENCES users(id),
      username TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      details TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    INSERT INTO audit_log_new (id, at, user_id, username, action, target, details)
      SELECT id, at, user_id, username, action, target, details FROM audit_log;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_new RENAME TO audit_log;
  `);
}

export const postgres = `ALTER TABLE audit_log ALTER COLUMN user_id DROP NOT NULL`;
