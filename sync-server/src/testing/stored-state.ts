import { openDatabase } from '../db/database.ts';
import type { PushRecord } from '../../../shared/push.ts';
import type { SeqRange } from '../../../shared/devices.ts';

interface RecordRow {
  id: string;
  device_id: string;
  seq: number;
  form: string;
  form_version: number;
  created_at: string;
  finalized_at: string;
  enumerator: string;
  data: string;
}

export interface StoredState {
  /** Accepted records of the devices asked about, by id, as the device pushed them. */
  records: Map<string, PushRecord & { deviceId: string }>;
  conflicts: number;
  quarantined: number;
  seqRanges: Map<string, SeqRange[]>;
}

/** Reads what the server has committed for some devices, through a read-only connection of its own. */
export function readStoredState(dbFile: string, deviceIds: readonly string[]): StoredState {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const ids = JSON.stringify(deviceIds);
    const mine = 'device_id IN (SELECT value FROM json_each(?))';
    const rows = db.prepare<[string], RecordRow>(`SELECT * FROM records WHERE ${mine}`).all(ids);
    const count = (table: string) => db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${mine}`).get(ids)?.n ?? 0;
    const ranges = db
      .prepare<[string], SeqRange & { deviceId: string }>(
        `SELECT device_id AS deviceId, first_seq AS first, last_seq AS last FROM device_seq_ranges WHERE ${mine} ORDER BY first_seq`,
      )
      .all(ids);
    const seqRanges = new Map(deviceIds.map((id) => [id, ranges.filter((r) => r.deviceId === id).map(({ first, last }) => ({ first, last }))]));
    const records = new Map(
      rows.map((row) => [
        row.id,
        {
          deviceId: row.device_id,
          id: row.id,
          seq: row.seq,
          form: row.form,
          formVersion: row.form_version,
          createdAt: row.created_at,
          finalizedAt: row.finalized_at,
          enumerator: row.enumerator,
          data: JSON.parse(row.data) as Record<string, unknown>,
        },
      ]),
    );
    return { records, conflicts: count('record_conflicts'), quarantined: count('record_quarantine'), seqRanges };
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` on a database no server has open: 'ok' when nothing is wrong. */
export function integrityCheck(dbFile: string): string {
  const db = openDatabase(dbFile);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
