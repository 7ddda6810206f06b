import type { Sql, SqlRunner } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { QuarantineItem, QuarantinePage, QueueQuery } from '../../../shared/review.ts';
import type { RecordError } from '../../../shared/push.ts';
import { PushRecord } from '../../../shared/push.ts';
import { AppError } from '../errors.ts';
import { contentHash } from '../ingest/canonical-json.ts';
import { recordWriter } from '../records/record-writer.ts';
import { fmpTimeZones } from '../fmps/fmps-store.ts';
import { judging } from '../forms/judging-context.ts';
import { forUpdate } from '../db/row-locks.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { occurredAtOf, reviseData } from './validate-revision.ts';
import { RESOLUTION_COLUMNS, resolutionOf, type ResolutionColumns } from './resolution.ts';
import { queuePage } from './queue-page.ts';

interface Row extends ResolutionColumns {
  id: number;
  record_id: string | null;
  device_id: string;
  received_at: string;
  body: string;
  body_hash: string;
  body_bytes: number;
  body_truncated: number;
  errors: string;
  row_bytes: number;
  resolution: QuarantineItem['resolution'];
}

/** A page of the quarantine ends once its rows pass this many bytes, whatever its `limit`. */
const QUARANTINE_PAGE_BYTES = 1024 * 1024;

const SELECT = `SELECT id, record_id, device_id, received_at, body, body_hash, body_bytes, body_truncated, errors,
                       octet_length(body) + octet_length(errors) AS row_bytes, ${RESOLUTION_COLUMNS}
                FROM record_quarantine`;

const toItem = (r: Row): QuarantineItem => {
  const errors = JSON.parse(r.errors) as RecordError[];
  // A record nested too deep parses back, but answering it as JSON would overflow the stack: it stays text.
  const readable = r.body_truncated === 0 && !errors.some((e) => e.code === 'too-deep');
  return {
    id: r.id,
    recordId: r.record_id,
    deviceId: r.device_id,
    receivedAt: r.received_at,
    body: readable ? (JSON.parse(r.body) as unknown) : null,
    bodyText: readable ? null : r.body,
    truncated: r.body_truncated === 1,
    bodyBytes: r.body_bytes,
    bodyHash: r.body_hash,
    errors,
    resolution: r.resolution,
    ...resolutionOf(r),
  };
};

export async function listQuarantine(db: SqlRunner, query: QueueQuery): Promise<QuarantinePage> {
  const { rows, nextCursor } = await queuePage<Row>(db, SELECT, query, '', QUARANTINE_PAGE_BYTES);
  return { items: rows.map(toItem), nextCursor };
}

async function acceptBody(
  db: SqlRunner,
  staff: StaffPrincipal,
  at: Date,
  row: Row,
  fixedData: Record<string, unknown> | undefined,
  comment: string,
) {
  if (row.body_truncated === 1) {
    throw new AppError(
      400,
      'body-truncated',
      'Only the start of this record was kept, so it cannot be accepted; dismiss it instead.',
    );
  }
  const envelope = PushRecord.safeParse(JSON.parse(row.body));
  if (!envelope.success)
    throw new AppError(400, 'unusable-body', 'The quarantined body is not a record envelope; dismiss it instead.');
  const record = envelope.data;
  const form = { id: record.form, version: record.formVersion };
  const { forms, context } = await judging(db, at);
  const revised = reviseData(forms, form, {}, fixedData ?? record.data, context);
  if (!revised.ok)
    throw new AppError(400, 'invalid-correction', 'The record still does not pass its form.', revised.errors);
  const records = recordWriter(db, await fmpTimeZones(db), forms);
  const [inserted] = await records.insertAll([
    {
      ...record,
      deviceId: row.device_id,
      fmp: typeof revised.data.fmp === 'string' ? revised.data.fmp : '',
      data: revised.data,
      dataJson: JSON.stringify(revised.data),
      warningsJson: JSON.stringify(revised.warnings),
      contentHash: contentHash(record),
      occurredAt:
        occurredAtOf(forms, record.form, record.formVersion, revised.data) ??
        new Date(record.finalizedAt).toISOString(),
      receivedAt: row.received_at,
      revision: { by: staff.username, at: at.toISOString(), reason: comment },
    },
  ]);
  if (!inserted)
    throw new AppError(409, 'record-exists', 'A record with this id, or this device and seq, is already stored.');
  await records.flush();
}

/** `accept` stores the body as a record (with the officer's fixed data if given); `dismiss` only closes the item. */
export function resolveQuarantine(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  id: number,
  request: { action: 'dismiss' | 'accept'; comment: string; data?: Record<string, unknown> },
): Promise<QuarantineItem> {
  return db.transaction(async (tx) => {
    const row = await tx.get<Row>(`${SELECT} WHERE id = ?${forUpdate(tx)}`, [id]);
    if (!row) throw new AppError(404, 'quarantine-not-found', `No quarantined record ${id}.`);
    if (row.resolved_at)
      throw new AppError(409, 'already-resolved', `Quarantined record ${id} was resolved on ${row.resolved_at}.`);
    if (request.action === 'accept') await acceptBody(tx, staff, at, row, request.data, request.comment);
    const resolution = request.action === 'accept' ? 'accepted' : 'dismissed';
    await tx.run(
      'UPDATE record_quarantine SET resolution = ?, resolution_comment = ?, resolved_by = ?, resolved_at = ? WHERE id = ?',
      [resolution, request.comment, staff.username, at.toISOString(), id],
    );
    await writeAudit(tx, staff, at, {
      action: `quarantine.${request.action}`,
      target: `quarantine:${id}`,
      details: { recordId: row.record_id, comment: request.comment, fixedData: request.data !== undefined },
    });
    return toItem((await tx.get<Row>(`${SELECT} WHERE id = ?`, [id])) ?? row);
  });
}
