import { randomBytes } from 'node:crypto';
import type { SqlRunner } from '../db/sql.ts';
import { countUsers, insertUser } from '../users/users-store.ts';
import { hashPassword, PASSWORD_COST, type ScryptCost } from './password.ts';

export type BootstrapResult =
  { created: false } | { created: true; username: string; generatedPassword: string | null };

/** On an empty database only: creates `admin` with the given password, or a generated one to print once. */
export async function bootstrapAdmin(
  db: SqlRunner,
  password: string | undefined,
  now: Date,
  cost: ScryptCost = PASSWORD_COST,
): Promise<BootstrapResult> {
  if ((await countUsers(db)) > 0) return { created: false };
  const generatedPassword = password ? null : randomBytes(15).toString('base64url');
  const hash = await hashPassword(password ?? generatedPassword ?? '', cost);
  // Another server process starting on the same PostgreSQL may have made it meanwhile: then it is theirs to report.
  if (!(await insertUser(db, { username: 'admin', passwordHash: hash, role: 'admin', createdAt: now.toISOString() }))) {
    return { created: false };
  }
  return { created: true, username: 'admin', generatedPassword };
}
