import type { Db } from '../database.ts';

/** Review state and revisions of records, resolution of the conflict and quarantine queues, the audit log. */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE records ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE records ADD COLUMN review_state TEXT NOT NULL DEFAULT 'new'
      CHECK (review_state IN ('new', 'approved', 'flagged', 'corrected'));
    ALTER TABLE records ADD COLUMN review_comment TEXT;
    ALTER TABLE records ADD COLUMN reviewed_by TEXT;
    ALTER TABLE records ADD COLUMN reviewed_at TEXT;
    -- Who made the current revision and why; NULL for the device's own revision 1.
    ALTER TABLE records ADD COLUMN revised_by TEXT;
    ALTER TABLE records ADD COLUMN revised_at TEXT;
    ALTER TABLE records ADD COLUMN revision_reason TEXT;
    -- Keyset paging of the records table, newest first.
    CREATE INDEX records_occurred_id ON records (occurred_at, id);

    -- Superseded revisions: a correction copies the current one here before replacing it.
    CREATE TABLE record_revisions (
      record_id TEXT NOT NULL REFERENCES records(id),
      revision INTEGER NOT NULL,
      data TEXT NOT NULL,
      warnings TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      revised_by TEXT,
      revised_at TEXT NOT NULL,
      revision_reason TEXT,
      superseded_at TEXT NOT NULL,
      PRIMARY KEY (record_id, revision)
    ) STRICT;

    ALTER TABLE record_conflicts ADD COLUMN resolution TEXT CHECK (resolution IN ('keep-stored', 'use-incoming'));
    ALTER TABLE record_conflicts ADD COLUMN resolution_comment TEXT;
    ALTER TABLE record_conflicts ADD COLUMN resolved_by TEXT;
    ALTER TABLE record_conflicts ADD COLUMN resolved_at TEXT;

    ALTER TABLE record_quarantine ADD COLUMN resolution TEXT CHECK (resolution IN ('dismissed', 'accepted'));
    ALTER TABLE record_quarantine ADD COLUMN resolution_comment TEXT;
    ALTER TABLE record_quarantine ADD COLUMN resolved_by TEXT;
    ALTER TABLE record_quarantine ADD COLUMN resolved_at TEXT;

    ALTER TABLE users ADD COLUMN disabled_at TEXT;

    -- Every staff action: who, when, what. Append only.
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER NOT NULL REFERENCES users(id),
      username TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      details TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
  `);
}
