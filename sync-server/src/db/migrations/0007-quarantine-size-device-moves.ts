import type { Db } from '../database.ts';

/** Frozen here rather than read from the ingest: a shipped migration must not change with live code. */
const KEPT_BYTES = 64 * 1024;

/** The stored body is already canonical JSON: keep its first bytes, dropping a character cut in half. */
function cutAtWholeCharacters(text: string): string {
  return new TextDecoder().decode(Buffer.from(text, 'utf8').subarray(0, KEPT_BYTES), { stream: true });
}

/**
 * Quarantine keeps a bounded prefix of a rejected record with its full size (rows stored whole before
 * are cut the same way), and devices keep the history of the FMPs officers moved them from.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE record_quarantine ADD COLUMN body_bytes INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE record_quarantine ADD COLUMN body_truncated INTEGER NOT NULL DEFAULT 0;
    UPDATE record_quarantine SET body_bytes = length(CAST(body AS BLOB));

    CREATE TABLE device_moves (
      id INTEGER PRIMARY KEY,
      device_id TEXT NOT NULL REFERENCES devices(id),
      from_fmp TEXT NOT NULL REFERENCES fmps(code),
      to_fmp TEXT NOT NULL REFERENCES fmps(code),
      moved_at TEXT NOT NULL,
      moved_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX device_moves_device ON device_moves (device_id, moved_at);
  `);
  const large = db
    .prepare<[number], { id: number; body: string }>('SELECT id, body FROM record_quarantine WHERE body_bytes > ?')
    .all(KEPT_BYTES);
  const cut = db.prepare('UPDATE record_quarantine SET body = ?, body_truncated = 1 WHERE id = ?');
  for (const row of large) cut.run(cutAtWholeCharacters(row.body), row.id);
}
