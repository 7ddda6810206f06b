import type { Sql } from '../db/sql.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { insertSession } from './sessions-store.ts';
import { replacePasswordHash } from '../users/users-store.ts';

interface SignedIn {
  user: { id: number; username: string; passwordHash: string };
  tokenHash: string;
  createdAt: Date;
  expiresAt: string;
  /** The password hashed again at today's cost, when the stored hash has an older one. */
  rehash: string | null;
}

/** The session, the rehash and the audit line commit together. */
export async function startSession(
  db: Sql,
  { user, tokenHash, createdAt, expiresAt, rehash }: SignedIn,
): Promise<void> {
  await db.transaction(async (tx) => {
    await insertSession(tx, { tokenHash, userId: user.id, createdAt: createdAt.toISOString(), expiresAt });
    // A hash of an older cost is replaced once its password is known again (decision 0018).
    if (rehash) await replacePasswordHash(tx, user.id, user.passwordHash, rehash);
    const details = rehash ? { rehashed: true } : undefined;
    await writeAudit(tx, { userId: user.id, username: user.username }, createdAt, {
      action: 'session.sign-in',
      details,
    });
  });
}
