import type { SqlRunner } from '../db/sql.ts';
import type { FeedTokenView } from '../../../shared/feed-tokens.ts';

const VIEW_COLUMNS = 'id, name, role, created_by AS "createdBy", created_at AS "createdAt", revoked_at AS "revokedAt"';

export async function insertFeedToken(
  db: SqlRunner,
  token: { name: string; role: FeedTokenView['role']; tokenHash: string; createdBy: string; createdAt: string },
): Promise<FeedTokenView> {
  const row = await db.get<FeedTokenView>(
    `INSERT INTO feed_tokens (name, role, token_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?) RETURNING ${VIEW_COLUMNS}`,
    [token.name, token.role, token.tokenHash, token.createdBy, token.createdAt],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

export function listFeedTokens(db: SqlRunner): Promise<FeedTokenView[]> {
  return db.all<FeedTokenView>(`SELECT ${VIEW_COLUMNS} FROM feed_tokens ORDER BY id DESC`);
}

/** False when no token has that id or it was revoked already. */
export async function revokeFeedToken(db: SqlRunner, id: number, at: string): Promise<boolean> {
  return (await db.run('UPDATE feed_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [at, id])) === 1;
}

export function findActiveFeedToken(db: SqlRunner, tokenHash: string): Promise<FeedTokenView | undefined> {
  return db.get<FeedTokenView>(`SELECT ${VIEW_COLUMNS} FROM feed_tokens WHERE token_hash = ? AND revoked_at IS NULL`, [
    tokenHash,
  ]);
}
