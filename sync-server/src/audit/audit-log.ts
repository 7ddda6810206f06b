import type { SqlRunner } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { AuditPage } from '../../../shared/review.ts';

export interface AuditEvent {
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
}

/** Who did it: a signed-in staff member, or (a failed sign-in) the username tried, which may be no user's. */
export type AuditActor = Pick<StaffPrincipal, 'username'> & { userId: number | null };

/** Appends one staff action; callers run it inside the transaction of the action itself. */
export async function writeAudit(db: SqlRunner, staff: AuditActor, at: Date, event: AuditEvent): Promise<void> {
  await db.run('INSERT INTO audit_log (at, user_id, username, action, target, details) VALUES (?, ?, ?, ?, ?, ?)', [
    at.toISOString(),
    staff.userId,
    staff.username,
    event.action,
    event.target ?? null,
    JSON.stringify(event.details ?? {}),
  ]);
}

interface Row {
  id: number;
  at: string;
  username: string;
  action: string;
  target: string | null;
  details: string;
}

export interface AuditFilter {
  action?: string;
  username?: string;
  /** The id of the last entry of the previous page: entries come newest first. */
  beforeId?: number;
  limit: number;
}

export async function listAudit(db: SqlRunner, filter: AuditFilter): Promise<AuditPage> {
  const conditions: [string, string | number | undefined][] = [
    ['action = ?', filter.action],
    ['username = ?', filter.username],
    ['id < ?', filter.beforeId],
  ];
  const used = conditions.filter((c): c is [string, string | number] => c[1] !== undefined);
  const where = used.length ? `WHERE ${used.map(([sql]) => sql).join(' AND ')}` : '';
  const rows = await db.all<Row>(
    `SELECT id, at, username, action, target, details FROM audit_log ${where} ORDER BY id DESC LIMIT ?`,
    [...used.map(([, v]) => v), filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> })),
    nextCursor: rows.length > filter.limit && last ? String(last.id) : null,
  };
}
