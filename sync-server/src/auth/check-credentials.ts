import type { Sql } from '../db/sql.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findUserCredentials, type UserCredentials } from '../users/users-store.ts';
import { dummyHash, verifyPassword, type ScryptCost } from './password.ts';
import type { ReserveAttempt } from '../rate-limit/limit-attempts.ts';
import type { ClientKey } from '../rate-limit/client-ip.ts';

export interface SignInGuard {
  /** Guards sign-in against password guessing, per address and per account (rate-limit/limit-attempts.ts). */
  reserveAttempt: ReserveAttempt;
  /** The caller's address, written to the audit log with a failed sign-in. */
  clientAddress: ClientKey;
}

export type CredentialCheck =
  | { ok: true; user: UserCredentials }
  | { ok: false; reason: 'unknown-user' | 'disabled' | 'wrong-password'; userId: number | null };

/** A username and password as sign-in checks them: unknown and disabled users cost the same work. */
export async function checkCredentials(
  db: Sql,
  username: string,
  password: string,
  cost: ScryptCost,
): Promise<CredentialCheck> {
  const user = await findUserCredentials(db, username);
  const active = user && user.disabled_at === null ? user : undefined;
  // Unknown and disabled users are checked against a dummy hash: the same work, so timing tells no names.
  const ok = await verifyPassword(password, active?.password_hash ?? (await dummyHash(cost)));
  if (active && ok) return { ok: true, user: active };
  return {
    ok: false,
    reason: !user ? 'unknown-user' : !active ? 'disabled' : 'wrong-password',
    userId: user?.id ?? null,
  };
}

export async function auditFailedSignIn(
  db: Sql,
  failed: Extract<CredentialCheck, { ok: false }>,
  username: string,
  at: Date,
  address: string,
): Promise<void> {
  await writeAudit(db, { userId: failed.userId, username }, at, {
    action: 'session.sign-in-failed',
    details: { address, reason: failed.reason },
  });
}
