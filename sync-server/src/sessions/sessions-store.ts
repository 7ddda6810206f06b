import type { Db } from '../db/database.ts';
import type { Role } from '../../../shared/api.ts';

export interface SessionUser {
  userId: number;
  username: string;
  role: Role;
}

export function insertSession(db: Db, session: { tokenHash: string; userId: number; createdAt: string; expiresAt: string }): void {
  db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    session.tokenHash, session.userId, session.createdAt, session.expiresAt,
  );
}

/** The user of a session that has not expired at `at`. */
export function findSessionUser(db: Db, tokenHash: string, at: string): SessionUser | undefined {
  return db
    .prepare<[string, string], SessionUser>(
      `SELECT u.id AS userId, u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
    )
    .get(tokenHash, at);
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function deleteUserSessions(db: Db, userId: number): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}
