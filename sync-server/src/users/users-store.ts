import type { SqlRunner } from '../db/sql.ts';
import { forUpdate } from '../db/row-locks.ts';
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

export function listUsers(db: SqlRunner): Promise<UserRow[]> {
  return db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
}

export function findUser(db: SqlRunner, username: string): Promise<UserRow | undefined> {
  return db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`, [username]);
}

/** What signing in checks, disabled users included: they must cost the same work as the others. */
export function findUserCredentials(db: SqlRunner, username: string): Promise<UserCredentials | undefined> {
  return db.get<UserCredentials>('SELECT id, role, password_hash, disabled_at FROM users WHERE username = ?', [
    username,
  ]);
}

export async function countUsers(db: SqlRunner): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM users'))?.n ?? 0;
}

/** False when the username is taken: nothing is written then. */
export async function insertUser(
  db: SqlRunner,
  user: { username: string; passwordHash: string; role: Role; createdAt: string },
): Promise<boolean> {
  const changes = await db.run(
    'INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    [user.username, user.passwordHash, user.role, user.createdAt],
  );
  return changes === 1;
}

/** Holds the active admins until the transaction ends: two demotions at once cannot leave none. */
export async function lockAdmins(db: SqlRunner): Promise<void> {
  await db.all(`SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL${forUpdate(db)}`);
}

export async function hasOtherActiveAdmin(db: SqlRunner, userId: number): Promise<boolean> {
  return (
    (await db.get("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?", [userId])) !==
    undefined
  );
}

/** `passwordHash` null keeps the one stored. */
export async function updateUser(
  db: SqlRunner,
  userId: number,
  change: { role: Role; disabledAt: string | null; passwordHash: string | null },
): Promise<void> {
  await db.run('UPDATE users SET role = ?, disabled_at = ?, password_hash = coalesce(?, password_hash) WHERE id = ?', [
    change.role,
    change.disabledAt,
    change.passwordHash,
    userId,
  ]);
}

/** Only while the stored hash is still `oldHash`: a password changed meanwhile is never overwritten. */
export async function replacePasswordHash(
  db: SqlRunner,
  userId: number,
  oldHash: string,
  newHash: string,
): Promise<void> {
  await db.run('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?', [newHash, userId, oldHash]);
}
