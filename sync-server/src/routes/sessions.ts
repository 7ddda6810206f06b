import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { SessionRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { dummyHash, hashPassword, hasCost, PASSWORD_COST } from '../auth/password.ts';
import { auditFailedSignIn, checkCredentials, type SignInGuard } from '../auth/check-credentials.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { bearerToken, findPrincipal } from '../auth/principal.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { deleteSession } from '../sessions/sessions-store.ts';
import { startSession } from '../sessions/start-session.ts';

const SESSION_HOURS = 12;

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
      const check = await checkCredentials(db, username, password, passwordCost);
      if (!check.ok) {
        await auditFailedSignIn(db, check, username, now(), clientAddress(c));
        throw new AppError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      const active = check.user;
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
