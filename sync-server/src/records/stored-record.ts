import type { SqlRunner } from '../db/sql.ts';
import { forUpdate } from '../db/row-locks.ts';
import type { ReviewState, StoredRecord } from '../../../shared/records.ts';
import type { RecordError } from '../../../shared/push.ts';
import type { FormCatalog } from '../forms/form-catalog.ts';
import { inFormOrder } from './form-order.ts';

export const RECORD_COLUMNS = `id, form, form_version, fmp, device_id, seq, enumerator, occurred_at, received_at, data, warnings,
  revision, revised_by, revised_at, revision_reason, review_state, review_comment, reviewed_by, reviewed_at, content_hash`;

export interface RecordRow {
  id: string;
  form: string;
  form_version: number;
  fmp: string;
  device_id: string;
  seq: number;
  enumerator: string;
  occurred_at: string;
  received_at: string;
  data: string;
  warnings: string;
  revision: number;
  revised_by: string | null;
  revised_at: string | null;
  revision_reason: string | null;
  review_state: ReviewState;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  content_hash: string;
}

/** `forms` finds the record's own version, whose question order its answers are given in. */
export function toStoredRecord(row: RecordRow, forms: FormCatalog): StoredRecord {
  const version = forms(row.form, row.form_version);
  return {
    id: row.id,
    form: row.form,
    formVersion: row.form_version,
    fmp: row.fmp,
    deviceId: row.device_id,
    seq: row.seq,
    enumerator: row.enumerator,
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    data: inFormOrder(version.ok ? version.form : undefined, JSON.parse(row.data) as Record<string, unknown>),
    warnings: JSON.parse(row.warnings) as RecordError[],
    revision: row.revision,
    revisedBy: row.revised_by,
    revisedAt: row.revised_at,
    revisionReason: row.revision_reason,
    state: row.review_state,
    reviewComment: row.review_comment,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

export function findRecordRow(db: SqlRunner, id: string): Promise<RecordRow | undefined> {
  return db.get<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE id = ?${forUpdate(db)}`, [id]);
}
