import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { Role } from '../../../shared/api.ts';
import { SessionRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { dummyHash, hashPassword, hasCost, PASSWORD_COST, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { bearerToken, findPrincipal } from '../auth/principal.ts';
import { writeAudit } from '../audit/audit-log.ts';
import type { ReserveAttempt } from '../rate-limit/limit-attempts.ts';
import type { ClientKey } from '../rate-limit/client-ip.ts';

const SESSION_HOURS = 12;

interface UserRow {
  id: number;
  role: Role;
  password_hash: string;
  disabled_at: string | null;
}

export interface SignInGuard {
  /** Guards sign-in against password guessing, per address and per account (rate-limit/limit-attempts.ts). */
  reserveAttempt: ReserveAttempt;
  /** The caller's address, written to the audit log with a failed sign-in. */
  clientAddress: ClientKey;
}

export function sessionRoutes({ db, now, passwordCost = PASSWORD_COST }: Deps, { reserveAttempt, clientAddress }: SignInGuard) {
  // Made at start, so that the first unknown username costs no more than any other.
  void dummyHash(passwordCost);
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const { username, password } = await parseBody(c, SessionRequest);
      const giveBackAttempt = reserveAttempt(c, username);
      const user = db
        .prepare<[string], UserRow>('SELECT id, role, password_hash, disabled_at FROM users WHERE username = ?')
        .get(username);
      const active = user && user.disabled_at === null ? user : undefined;
      // Unknown and disabled users are checked against a dummy hash: the same work, so timing tells no names.
      const ok = await verifyPassword(password, active?.password_hash ?? (await dummyHash(passwordCost)));
      if (!active || !ok) {
        const reason = !user ? 'unknown-user' : !active ? 'disabled' : 'wrong-password';
        writeAudit(db, { userId: user?.id ?? null, username }, now(), {
          action: 'session.sign-in-failed',
          details: { address: clientAddress(c), reason },
        });
        throw new AppError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      giveBackAttempt();
      const rehash = hasCost(active.password_hash, passwordCost) ? null : await hashPassword(password, passwordCost);
      const token = newToken();
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3600_000).toISOString();
      db.transaction(() => {
        db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
          hashToken(token),
          active.id,
          createdAt.toISOString(),
          expiresAt,
        );
        // A hash of an older cost is replaced once its password is known again (decision 0018).
        if (rehash) db.prepare('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?').run(rehash, active.id, active.password_hash);
        const details = rehash ? { rehashed: true } : undefined;
        writeAudit(db, { userId: active.id, username }, createdAt, { action: 'session.sign-in', details });
      })();
      return c.json({ token, expiresAt, user: { username, role: active.role } }, 201);
    })
    .delete('/current', (c) => {
      const token = bearerToken(c.req.header('Authorization'));
      const principal = token ? findPrincipal(db, token, now()) : null;
      if (token) db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
      if (principal?.kind === 'staff') writeAudit(db, principal, now(), { action: 'session.sign-out' });
      return c.body(null, 204);
    });
}
