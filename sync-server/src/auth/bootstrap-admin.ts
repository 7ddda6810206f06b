import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { countUsers, insertUser } from '../users/users-store.ts';
import { hashPassword, PASSWORD_COST, type ScryptCost } from './password.ts';

export type BootstrapResult = { created: false } | { created: true; username: string; generatedPassword: string | null };

/** On an empty database only: creates `admin` with the given password, or a generated one to print once. */
export async function bootstrapAdmin(
  db: Db,
  password: string | undefined,
  now: Date,
  cost: ScryptCost = PASSWORD_COST,
): Promise<BootstrapResult> {
  if (countUsers(db) > 0) return { created: false };
  const generatedPassword = password ? null : randomBytes(15).toString('base64url');
  const hash = await hashPassword(password ?? generatedPassword ?? '', cost);
  if (!insertUser(db, { username: 'admin', passwordHash: hash, role: 'admin', createdAt: now.toISOString() })) {
    throw new Error('The user "admin" was made by someone else while the first admin was being made.');
  }
  return { created: true, username: 'admin', generatedPassword };
}
