import type { Db } from '../db/database.ts';
import type { Role } from '../../../shared/api.ts';

export interface UserRow {
  id: number;
  username: string;
  role: Role;
  created_at: string;
  disabled_at: string | null;
}

export interface UserCredentials {
  id: number;
  role: Role;
  password_hash: string;
  disabled_at: string | null;
}

const USER_COLUMNS = 'id, username, role, created_at, disabled_at';

export function listUsers(db: Db): UserRow[] {
  return db.prepare<[], UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`).all();
}

export function findUser(db: Db, username: string): UserRow | undefined {
  return db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username);
}

/** What signing in checks, disabled users included: they must cost the same work as the others. */
export function findUserCredentials(db: Db, username: string): UserCredentials | undefined {
  return db.prepare<[string], UserCredentials>('SELECT id, role, password_hash, disabled_at FROM users WHERE username = ?').get(username);
}

export function countUsers(db: Db): number {
  return db.prepare<[], number>('SELECT count(*) FROM users').pluck().get() ?? 0;
}

/** False when the username is taken: nothing is written then. */
export function insertUser(db: Db, user: { username: string; passwordHash: string; role: Role; createdAt: string }): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)')
    .run(user.username, user.passwordHash, user.role, user.createdAt);
  return result.changes === 1;
}

export function hasOtherActiveAdmin(db: Db, userId: number): boolean {
  return db.prepare("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?").get(userId) !== undefined;
}

/** `passwordHash` null keeps the one stored. */
export function updateUser(db: Db, userId: number, change: { role: Role; disabledAt: string | null; passwordHash: string | null }): void {
  db.prepare('UPDATE users SET role = ?, disabled_at = ?, password_hash = coalesce(?, password_hash) WHERE id = ?').run(
    change.role, change.disabledAt, change.passwordHash, userId,
  );
}

/** Only while the stored hash is still `oldHash`: a password changed meanwhile is never overwritten. */
export function replacePasswordHash(db: Db, userId: number, oldHash: string, newHash: string): void {
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?').run(newHash, userId, oldHash);
}
