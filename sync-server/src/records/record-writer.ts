import type { SqlRunner } from '../db/sql.ts';
import type { FormCatalog } from '../forms/form-catalog.ts';
import { cubeChanges } from '../aggregates/fmr-cube.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import { toStoredRecord } from './stored-record.ts';
import { queueWebhookEvents, recordEvent } from '../webhooks/queue-events.ts';

/** A record as it goes into `records`: a device's revision 1, or one an officer accepted from the quarantine. */
export interface NewRecord {
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

/**
 * The one way into `records`: what goes in is queued for the webhooks at once; `flush` writes the
 * aggregate counts of what was inserted, all in the caller's transaction.
 */
export interface RecordWriter {
  /**
   * For each record, in order, whether it went in: false when a record with its id, or its device and
   * seq, is already stored or comes earlier in the same call. Nothing is written for those.
   */
  insertAll: (records: readonly NewRecord[]) => Promise<boolean[]>;
  flush: () => Promise<void>;
}

const COLUMNS = `id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
  warnings, content_hash, occurred_at, received_at, revised_by, revised_at, revision_reason`;
const PLACEHOLDERS = `(${COLUMNS.split(',')
  .map(() => '?')
  .join(', ')})`;

/** Rows per statement: 17 parameters each stay far below both engines' limits, and one round trip serves them all. */
const ROWS_PER_INSERT = 500;

const values = (r: NewRecord) => [
  r.id,
  r.deviceId,
  r.seq,
  r.fmp,
  r.form,
  r.formVersion,
  r.createdAt,
  r.finalizedAt,
  r.enumerator,
  r.dataJson,
  r.warningsJson,
  r.contentHash,
  r.occurredAt,
  r.receivedAt,
  r.revision?.by ?? null,
  r.revision?.at ?? null,
  r.revision?.reason ?? null,
];

/** The record as the API answers it, right after it went in. */
const storedRecordOf = (r: NewRecord, forms: FormCatalog) =>
  toStoredRecord(
    {
      id: r.id,
      form: r.form,
      form_version: r.formVersion,
      fmp: r.fmp,
      device_id: r.deviceId,
      seq: r.seq,
      enumerator: r.enumerator,
      occurred_at: r.occurredAt,
      received_at: r.receivedAt,
      data: r.dataJson,
      warnings: r.warningsJson,
      revision: 1,
      revised_by: r.revision?.by ?? null,
      revised_at: r.revision?.at ?? null,
      revision_reason: r.revision?.reason ?? null,
      review_state: 'new',
      review_comment: null,
      reviewed_by: null,
      reviewed_at: null,
      content_hash: r.contentHash,
    },
    forms,
  );

/**
 * For one transaction. One multi-row insert per 500 records, whose own unique checks answer "already
 * stored?" (decision 0012) and whose `RETURNING` names the rows that went in. On PostgreSQL a second
 * process inserting the same id waits for the first to commit, then inserts nothing.
 */
export function recordWriter(db: SqlRunner, timeZones: ReadonlyMap<string, string>, forms: FormCatalog): RecordWriter {
  const cube = cubeChanges(timeZones);
  const insertChunk = async (chunk: readonly NewRecord[]): Promise<boolean[]> => {
    const rows = await db.all<{ id: string; seq: number }>(
      `INSERT INTO records (${COLUMNS}) VALUES ${chunk.map(() => PLACEHOLDERS).join(', ')} ON CONFLICT DO NOTHING RETURNING id, seq`,
      chunk.flatMap(values),
    );
    // A row went in for the first record of the chunk with its id and seq: later ones with both the same were refused.
    const wentIn = new Set(rows.map((row) => `${row.id} ${row.seq}`));
    return chunk.map((r) => wentIn.delete(`${r.id} ${r.seq}`));
  };
  return {
    insertAll: async (records) => {
      const inserted: boolean[] = [];
      for (let from = 0; from < records.length; from += ROWS_PER_INSERT) {
        inserted.push(...(await insertChunk(records.slice(from, from + ROWS_PER_INSERT))));
      }
      records.forEach((r, i) => {
        if (inserted[i] && r.form === FMR_FORM_ID) cube.add({ fmp: r.fmp, data: r.data }, 1);
      });
      const stored = records.filter((_, i) => inserted[i]);
      const first = stored[0];
      if (first) {
        await queueWebhookEvents(db, first.revision?.at ?? first.receivedAt, () =>
          stored.map((r) => recordEvent(storedRecordOf(r, forms))),
        );
      }
      return inserted;
    },
    flush: () => cube.flush(db),
  };
}
