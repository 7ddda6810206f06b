import type { SqlRunner } from '../db/sql.ts';
import type { Role } from '../../../shared/api.ts';

export interface SessionUser {
  userId: number;
  username: string;
  role: Role;
}

export async function insertSession(
  db: SqlRunner,
  session: { tokenHash: string; userId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.run('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
    session.tokenHash,
    session.userId,
    session.createdAt,
    session.expiresAt,
  ]);
}

/** The user of a session that has not expired at `at`. */
export function findSessionUser(db: SqlRunner, tokenHash: string, at: string): Promise<SessionUser | undefined> {
  return db.get<SessionUser>(
    `SELECT u.id AS "userId", u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
    [tokenHash, at],
  );
}

export async function deleteSession(db: SqlRunner, tokenHash: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
}

export async function deleteUserSessions(db: SqlRunner, userId: number): Promise<void> {
  await db.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
}
