import type { Db } from '../database.ts';
import { SEED_FMPS } from '../../../../shared/fmps.ts';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE fmps (
      code TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      district TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'analyst')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE enrollment_codes (
      code_hash TEXT PRIMARY KEY,
      fmp TEXT NOT NULL REFERENCES fmps(code),
      label TEXT,
      created_by INTEGER NOT NULL REFERENCES users(id),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      used_by_device TEXT
    ) STRICT;

    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      fmp TEXT NOT NULL REFERENCES fmps(code),
      label TEXT,
      enrolled_at TEXT NOT NULL,
      revoked_at TEXT,
      last_seen_at TEXT,
      outbox_pending INTEGER,
      oldest_pending_at TEXT,
      app_version TEXT,
      storage_persisted INTEGER
    ) STRICT;

    -- Accepted records: the dataset.
    CREATE TABLE records (
      id TEXT PRIMARY KEY,
      device_id TEXT NOT NULL REFERENCES devices(id),
      seq INTEGER NOT NULL,
      fmp TEXT NOT NULL,
      form TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      finalized_at TEXT NOT NULL,
      enumerator TEXT NOT NULL,
      data TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      -- When it happened (observed_at for FMR), in UTC, for date filters and ordering.
      occurred_at TEXT NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (device_id, seq)
    ) STRICT;
    CREATE INDEX records_form_occurred ON records (form, occurred_at);

    -- Same id, other content: kept aside for review, never overwriting the stored record.
    CREATE TABLE record_conflicts (
      id INTEGER PRIMARY KEY,
      record_id TEXT NOT NULL,
      device_id TEXT NOT NULL REFERENCES devices(id),
      body TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (record_id, content_hash)
    ) STRICT;

    -- Invalid records: quarantined with their errors, never dropped.
    CREATE TABLE record_quarantine (
      id INTEGER PRIMARY KEY,
      record_id TEXT,
      device_id TEXT NOT NULL REFERENCES devices(id),
      body TEXT NOT NULL,
      body_hash TEXT NOT NULL,
      errors TEXT NOT NULL,
      received_at TEXT NOT NULL,
      UNIQUE (device_id, body_hash)
    ) STRICT;
  `);
  const insertFmp = db.prepare('INSERT INTO fmps (code, name, district, time_zone) VALUES (?, ?, ?, ?)');
  for (const fmp of SEED_FMPS) insertFmp.run(fmp.code, fmp.name, fmp.district, fmp.timeZone);
}
