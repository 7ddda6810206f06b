import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { CreatedFeedToken, FeedTokenView } from '../../../shared/feed-tokens.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { insertFeedToken, revokeFeedToken } from './feed-tokens-store.ts';

/** A new token, shown this once; the row and its audit line commit together. */
export async function createFeedToken(
  db: Sql,
  admin: StaffPrincipal,
  at: Date,
  request: { name: string; role: FeedTokenView['role'] },
): Promise<CreatedFeedToken> {
  const token = newToken();
  const view = await db.transaction(async (tx) => {
    const row = await insertFeedToken(tx, {
      ...request,
      tokenHash: hashToken(token),
      createdBy: admin.username,
      createdAt: at.toISOString(),
    });
    await writeAudit(tx, admin, at, { action: 'feed-token.create', target: `feed-token:${row.id}`, details: request });
    return row;
  });
  return { ...view, token };
}

export async function revokeFeedTokenById(db: Sql, admin: StaffPrincipal, at: Date, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await revokeFeedToken(tx, id, at.toISOString())))
      throw new AppError(404, 'unknown-feed-token', `No feed token ${id} in use.`);
    await writeAudit(tx, admin, at, { action: 'feed-token.revoke', target: `feed-token:${id}` });
  });
}
