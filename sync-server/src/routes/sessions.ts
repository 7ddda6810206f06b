import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { SessionRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { dummyHash, hashPassword, hasCost, PASSWORD_COST, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { bearerToken, findPrincipal } from '../auth/principal.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findUserCredentials } from '../users/users-store.ts';
import { deleteSession } from '../sessions/sessions-store.ts';
import { startSession } from '../sessions/start-session.ts';
import type { ReserveAttempt } from '../rate-limit/limit-attempts.ts';
import type { ClientKey } from '../rate-limit/client-ip.ts';

const SESSION_HOURS = 12;

export interface SignInGuard {
  /** Guards sign-in against password guessing, per address and per account (rate-limit/limit-attempts.ts). */
  reserveAttempt: ReserveAttempt;
  /** The caller's address, written to the audit log with a failed sign-in. */
  clientAddress: ClientKey;
}

export function sessionRoutes(
  { db, now, passwordCost = PASSWORD_COST }: Deps,
  { reserveAttempt, clientAddress }: SignInGuard,
) {
  // Made at start, so that the first unknown username costs no more than any other.
  void dummyHash(passwordCost);
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const { username, password } = await parseBody(c, SessionRequest);
      const giveBackAttempt = await reserveAttempt(c, username);
      const user = await findUserCredentials(db, username);
      const active = user && user.disabled_at === null ? user : undefined;
      // Unknown and disabled users are checked against a dummy hash: the same work, so timing tells no names.
      const ok = await verifyPassword(password, active?.password_hash ?? (await dummyHash(passwordCost)));
      if (!active || !ok) {
        const reason = !user ? 'unknown-user' : !active ? 'disabled' : 'wrong-password';
        await writeAudit(db, { userId: user?.id ?? null, username }, now(), {
          action: 'session.sign-in-failed',
          details: { address: clientAddress(c), reason },
        });
        throw new AppError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      await giveBackAttempt();
      const rehash = hasCost(active.password_hash, passwordCost) ? null : await hashPassword(password, passwordCost);
      const token = newToken();
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3600_000).toISOString();
      const signedIn = { id: active.id, username, passwordHash: active.password_hash };
      await startSession(db, { user: signedIn, tokenHash: hashToken(token), createdAt, expiresAt, rehash });
      return c.json({ token, expiresAt, user: { username, role: active.role } }, 201);
    })
    .delete('/current', async (c) => {
      const token = bearerToken(c.req.header('Authorization'));
      const principal = token ? await findPrincipal(db, token, now()) : null;
      if (token) await deleteSession(db, hashToken(token));
      if (principal?.kind === 'staff') await writeAudit(db, principal, now(), { action: 'session.sign-out' });
      return c.body(null, 204);
    });
}
