import type { Sql, SqlRunner } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { ConflictItem, ConflictPage, QueueQuery } from '../../../shared/review.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { reviseRecordIn } from './revise-record.ts';
import { resolutionOf, type ResolutionColumns } from './resolution.ts';
import { queuePage } from './queue-page.ts';
import { forUpdateOf } from '../db/row-locks.ts';

interface Row extends ResolutionColumns {
  id: number;
  record_id: string;
  device_id: string;
  received_at: string;
  body: string;
  stored: string | null;
  resolution: ConflictItem['resolution'];
}

const SELECT = `SELECT c.id, c.record_id, c.device_id, c.received_at, c.body, r.data AS stored, c.resolution,
                       c.resolution_comment, c.resolved_by, c.resolved_at
                FROM record_conflicts c LEFT JOIN records r ON r.id = c.record_id`;

const toItem = (r: Row): ConflictItem => ({
  id: r.id,
  recordId: r.record_id,
  deviceId: r.device_id,
  receivedAt: r.received_at,
  incoming: JSON.parse(r.body) as unknown,
  stored: r.stored === null ? null : (JSON.parse(r.stored) as Record<string, unknown>),
  resolution: r.resolution,
  ...resolutionOf(r),
});

export async function listConflicts(db: SqlRunner, query: QueueQuery): Promise<ConflictPage> {
  const { rows, nextCursor } = await queuePage<Row>(db, SELECT, query, 'c.');
  return { conflicts: rows.map(toItem), nextCursor };
}

/** `use-incoming` makes the incoming content a new revision of the stored record (validated, audited, the old one kept). */
export function resolveConflict(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  id: number,
  action: 'keep-stored' | 'use-incoming',
  comment: string,
): Promise<ConflictItem> {
  return db.transaction(async (tx) => {
    const row = await tx.get<Row>(`${SELECT} WHERE c.id = ?${forUpdateOf(tx, 'c')}`, [id]);
    if (!row) throw new AppError(404, 'conflict-not-found', `No conflict ${id}.`);
    if (row.resolved_at)
      throw new AppError(409, 'already-resolved', `Conflict ${id} was resolved on ${row.resolved_at}.`);
    if (action === 'use-incoming') {
      const incoming = JSON.parse(row.body) as { data?: Record<string, unknown> };
      await reviseRecordIn(tx, staff, at, row.record_id, {
        changes: incoming.data ?? {},
        reason: comment,
        baseRevision: null,
        replace: true,
        action: 'record.correct',
      });
    }
    await tx.run(
      'UPDATE record_conflicts SET resolution = ?, resolution_comment = ?, resolved_by = ?, resolved_at = ? WHERE id = ?',
      [action, comment, staff.username, at.toISOString(), id],
    );
    await writeAudit(tx, staff, at, {
      action: `conflict.${action}`,
      target: `conflict:${id}`,
      details: { recordId: row.record_id, comment },
    });
    return toItem((await tx.get<Row>(`${SELECT} WHERE c.id = ?`, [id])) ?? row);
  });
}
