import type { SqlRunner } from '../db/sql.ts';
import { cubeChanges } from '../aggregates/fmr-cube.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';

/** A record as it goes into `records`: a device's revision 1, or one an officer accepted from the quarantine. */
interface NewRecord {
  id: string;
  deviceId: string;
  seq: number;
  fmp: string;
  form: string;
  formVersion: number;
  createdAt: string;
  finalizedAt: string;
  enumerator: string;
  /** The record's data, parsed: what the aggregate tables count. */
  data: Readonly<Record<string, unknown>>;
  /** The same data as stored. */
  dataJson: string;
  warningsJson: string;
  contentHash: string;
  occurredAt: string;
  receivedAt: string;
  /** Who accepted it from the quarantine, when and why; absent for what a device pushed. */
  revision?: { by: string; at: string; reason: string };
}

/** The one way into `records`; `flush` writes the aggregate counts of what was inserted, in the caller's transaction. */
export interface RecordWriter {
  /** False when a record with this id, or this device and seq, is already stored: nothing is written then. */
  insert: (record: NewRecord) => Promise<boolean>;
  flush: () => Promise<void>;
}

const INSERT_RECORD = `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                      warnings, content_hash, occurred_at, received_at, revised_by, revised_at, revision_reason)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
 ON CONFLICT DO NOTHING`;

/**
 * For one transaction: the insert's own unique checks answer "already stored?" (decision 0012). On
 * PostgreSQL a second process inserting the same id waits for the first to commit, then inserts nothing.
 */
export function recordWriter(db: SqlRunner, timeZones: ReadonlyMap<string, string>): RecordWriter {
  const cube = cubeChanges(timeZones);
  return {
    insert: async (r) => {
      const inserted = await db.run(INSERT_RECORD, [r.id, r.deviceId, r.seq, r.fmp, r.form, r.formVersion, r.createdAt, r.finalizedAt,
        r.enumerator, r.dataJson, r.warningsJson, r.contentHash, r.occurredAt, r.receivedAt,
        r.revision?.by ?? null, r.revision?.at ?? null, r.revision?.reason ?? null]);
      if (inserted !== 1) return false;
      if (r.form === FMR_FORM_ID) cube.add({ fmp: r.fmp, data: r.data }, 1);
      return true;
    },
    flush: () => cube.flush(db),
  };
}
