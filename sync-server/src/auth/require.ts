import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import type { Role } from '../../../shared/api.ts';
import type { AppEnv, Principal } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { bearerToken, findPrincipal } from './principal.ts';

export type Allowed = Role | 'device';

function allows(allowed: readonly Allowed[], principal: Principal): boolean {
  return principal.kind === 'device' ? allowed.includes('device') : allowed.includes(principal.role);
}

/** Authenticates the Bearer token (401) then checks the caller's role (403). */
export function requireAuth({ db, now }: Pick<Deps, 'db' | 'now'>, ...allowed: Allowed[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw new AppError(401, 'unauthenticated', 'Send a valid token as "Authorization: Bearer <token>".');
    const principal = await findPrincipal(db, token, now());
    if (!principal) throw new AppError(401, 'invalid-token', 'The token is unknown, expired or revoked.');
    if (!allows(allowed, principal)) {
      throw new AppError(403, 'forbidden', `This endpoint is for: ${allowed.join(', ')}.`);
    }
    c.set('principal', principal);
    await next();
  });
}

export function staffOf(principal: Principal) {
  if (principal.kind !== 'staff') throw new AppError(403, 'forbidden', 'This endpoint is for staff.');
  return principal;
}

export function deviceOf(principal: Principal) {
  if (principal.kind !== 'device') throw new AppError(403, 'forbidden', 'This endpoint is for enrolled devices.');
  return principal;
}
