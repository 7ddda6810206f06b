import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { Role } from '../../../shared/api.ts';
import { SessionRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { bearerToken, findPrincipal } from '../auth/principal.ts';
import { writeAudit } from '../audit/audit-log.ts';
import type { ReserveAttempt } from '../rate-limit/limit-attempts.ts';

export const SESSION_HOURS = 12;

/** `reserveAttempt` guards sign-in against password guessing, per address and per account (rate-limit/limit-attempts.ts). */
export function sessionRoutes({ db, now }: Deps, reserveAttempt: ReserveAttempt) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const { username, password } = await parseBody(c, SessionRequest);
      const giveBackAttempt = reserveAttempt(c, username);
      const user = db
        .prepare<[string], { id: number; role: Role; password_hash: string }>(
          'SELECT id, role, password_hash FROM users WHERE username = ? AND disabled_at IS NULL',
        )
        .get(username);
      const ok = user ? await verifyPassword(password, user.password_hash) : false;
      if (!user || !ok) throw new AppError(401, 'invalid-credentials', 'Wrong username or password.');
      giveBackAttempt();
      const token = newToken();
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3600_000).toISOString();
      db.transaction(() => {
        db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
          hashToken(token),
          user.id,
          createdAt.toISOString(),
          expiresAt,
        );
        writeAudit(db, { kind: 'staff', userId: user.id, username, role: user.role }, createdAt, { action: 'session.sign-in' });
      })();
      return c.json({ token, expiresAt, user: { username, role: user.role } }, 201);
    })
    .delete('/current', (c) => {
      const token = bearerToken(c.req.header('Authorization'));
      const principal = token ? findPrincipal(db, token, now()) : null;
      if (token) db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
      if (principal?.kind === 'staff') writeAudit(db, principal, now(), { action: 'session.sign-out' });
      return c.body(null, 204);
    });
}
