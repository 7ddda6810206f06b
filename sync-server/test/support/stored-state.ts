import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../../src/db/database.ts';
import { connectDatabase, type DatabaseLocation } from '../../src/db/connect-database.ts';
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

/** Reads what the server has committed for some devices, through a connection of its own. */
export async function readStoredState(location: DatabaseLocation, deviceIds: readonly string[]): Promise<StoredState> {
  const db = await connectDatabase(location);
  try {
    const mine = `device_id IN (${deviceIds.map(() => '?').join(', ') || 'NULL'})`;
    const rows = await db.all<RecordRow>(`SELECT * FROM records WHERE ${mine}`, deviceIds);
    const count = async (table: string) =>
      (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${mine}`, deviceIds))?.n ?? 0;
    const ranges = await db.all<SeqRange & { deviceId: string }>(
      `SELECT device_id AS "deviceId", first_seq AS first, last_seq AS last FROM device_seq_ranges WHERE ${mine} ORDER BY first_seq`,
      deviceIds,
    );
    const seqRanges = new Map(
      deviceIds.map((id) => [id, ranges.filter((r) => r.deviceId === id).map(({ first, last }) => ({ first, last }))]),
    );
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
    return {
      records,
      conflicts: await count('record_conflicts'),
      quarantined: await count('record_quarantine'),
      seqRanges,
    };
  } finally {
    await db.close();
  }
}

/**
 * 'ok' when nothing is wrong: SQLite's `PRAGMA integrity_check` on a database no server has open, or
 * PostgreSQL's amcheck over every index of the schema (an index that disagrees with its table throws).
 */
export async function integrityCheck(location: DatabaseLocation): Promise<string> {
  if (location.engine === 'sqlite') {
    const db = openDatabase(join(location.dataDir, DB_FILE_NAME));
    try {
      return db.pragma('integrity_check', { simple: true }) as string;
    } finally {
      db.close();
    }
  }
  const db = await connectDatabase(location);
  try {
    await db.run('CREATE EXTENSION IF NOT EXISTS amcheck');
    await db.all(
      `SELECT bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
       WHERE n.nspname = current_schema() AND a.amname = 'btree'`,
    );
    return 'ok';
  } finally {
    await db.close();
  }
}
