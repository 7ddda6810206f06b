import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { hashPassword, PASSWORD_COST, type ScryptCost } from './password.ts';

export type BootstrapResult = { created: false } | { created: true; username: string; generatedPassword: string | null };

/** On an empty database only: creates `admin` with the given password, or a generated one to print once. */
export async function bootstrapAdmin(
  db: Db,
  password: string | undefined,
  now: Date,
  cost: ScryptCost = PASSWORD_COST,
): Promise<BootstrapResult> {
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get() ?? { n: 0 };
  if (n > 0) return { created: false };
  const generatedPassword = password ? null : randomBytes(15).toString('base64url');
  const hash = await hashPassword(password ?? generatedPassword ?? '', cost);
  db.prepare("INSERT INTO users (username, password_hash, role, created_at) VALUES ('admin', ?, 'admin', ?)").run(
    hash,
    now.toISOString(),
  );
  return { created: true, username: 'admin', generatedPassword };
}
