import type { Sql, SqlRunner } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import type { StoredRecord } from '../../../shared/records.ts';
import { AppError } from '../errors.ts';
import { contentHash } from '../ingest/canonical-json.ts';
import { cubeChanges } from '../aggregates/fmr-cube.ts';
import { fmpTimeZones } from '../fmps/fmps-store.ts';
import { judging } from '../forms/judging-context.ts';
import { findRecordRow, toStoredRecord, type RecordRow } from '../records/stored-record.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { occurredAtOf, reviseData } from './validate-revision.ts';
import { publishedForms } from '../forms/form-catalog.ts';
import { queueWebhookEvents, recordEvent } from '../webhooks/queue-events.ts';

export interface Revision {
  changes: Record<string, unknown>;
  reason: string;
  /** The revision the officer looked at; null skips the check (conflict resolution replaces whole data). */
  baseRevision: number | null;
  /** Replace the data whole instead of merging the changes over it. */
  replace?: boolean;
  action: string;
}

/** Inside a transaction the row is held on PostgreSQL until it ends: two corrections never both start from the same revision. */
export async function requireRecord(db: SqlRunner, id: string): Promise<RecordRow> {
  const row = await findRecordRow(db, id);
  if (!row) throw new AppError(404, 'record-not-found', `No record ${id}.`);
  return row;
}

/**
 * A correction is a new revision: the current one is copied to record_revisions, the new data
 * (validated against the record's own form version) replaces it, the aggregates follow, and the
 * audit log says who did it and why, all in the caller's transaction. `content_hash` keeps the
 * device's original so that a re-sent original still counts as a duplicate.
 */
export async function reviseRecordIn(
  tx: SqlRunner,
  staff: StaffPrincipal,
  at: Date,
  id: string,
  revision: Revision,
): Promise<StoredRecord> {
  const row = await requireRecord(tx, id);
  if (revision.baseRevision !== null && revision.baseRevision !== row.revision) {
    throw new AppError(
      409,
      'revision-changed',
      `The record is at revision ${row.revision} now; reload it and correct again.`,
      {
        revision: row.revision,
      },
    );
  }
  const current = revision.replace ? {} : (JSON.parse(row.data) as Record<string, unknown>);
  const { forms, context } = await judging(tx, at);
  const revised = reviseData(forms, { id: row.form, version: row.form_version }, current, revision.changes, context);
  if (!revised.ok)
    throw new AppError(400, 'invalid-correction', 'The corrected record does not pass its form.', revised.errors);
  const when = at.toISOString();
  await tx.run(
    `INSERT INTO record_revisions (record_id, revision, data, warnings, content_hash, revised_by, revised_at,
                                   revision_reason, superseded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.id,
      row.revision,
      row.data,
      row.warnings,
      contentHash(JSON.parse(row.data)),
      row.revised_by,
      row.revised_at ?? row.received_at,
      row.revision_reason,
      when,
    ],
  );
  const data = JSON.stringify(revised.data);
  const fmp = typeof revised.data.fmp === 'string' ? revised.data.fmp : row.fmp;
  const occurredAt = occurredAtOf(forms, row.form, row.form_version, revised.data) ?? row.occurred_at;
  await tx.run(
    `UPDATE records SET data = ?, warnings = ?, fmp = ?, occurred_at = ?, revision = revision + 1, revised_by = ?,
            revised_at = ?, revision_reason = ?, review_state = 'corrected' WHERE id = ?`,
    [data, JSON.stringify(revised.warnings), fmp, occurredAt, staff.username, when, revision.reason, row.id],
  );
  if (row.form === FMR_FORM_ID) {
    const cube = cubeChanges(await fmpTimeZones(tx));
    cube.add({ fmp: row.fmp, data: JSON.parse(row.data) as Record<string, unknown> }, -1);
    cube.add({ fmp, data: revised.data }, 1);
    await cube.flush(tx);
  }
  await writeAudit(tx, staff, at, {
    action: revision.action,
    target: `record:${row.id}`,
    details: {
      fromRevision: row.revision,
      toRevision: row.revision + 1,
      reason: revision.reason,
      changes: revision.changes,
    },
  });
  const stored = toStoredRecord(await requireRecord(tx, id), forms);
  await queueWebhookEvents(tx, when, () => [recordEvent(stored)]);
  return stored;
}

export function reviseRecord(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  id: string,
  revision: Revision,
): Promise<StoredRecord> {
  return db.transaction((tx) => reviseRecordIn(tx, staff, at, id, revision));
}

export function setReviewState(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  id: string,
  state: 'approved' | 'flagged',
  comment: string | null,
): Promise<StoredRecord> {
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, id);
    await tx.run(
      'UPDATE records SET review_state = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?',
      [state, comment, staff.username, at.toISOString(), id],
    );
    await writeAudit(tx, staff, at, {
      action: state === 'approved' ? 'record.approve' : 'record.flag',
      target: `record:${row.id}`,
      details: { revision: row.revision, comment },
    });
    return toStoredRecord(await requireRecord(tx, id), await publishedForms(tx));
  });
}
