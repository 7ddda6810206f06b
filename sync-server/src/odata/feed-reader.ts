import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import type { AppEnv, FeedReader } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { PASSWORD_COST } from '../auth/password.ts';
import { hashToken } from '../auth/tokens.ts';
import { basicCredentials } from '../auth/basic-credentials.ts';
import { bearerToken, findPrincipal } from '../auth/principal.ts';
import { auditFailedSignIn, checkCredentials, type SignInGuard } from '../auth/check-credentials.ts';
import { VerifiedPasswords } from '../auth/verified-passwords.ts';
import { findActiveFeedToken } from '../feed-tokens/feed-tokens-store.ts';
import { findUserCredentials } from '../users/users-store.ts';

// Power BI and Excel ask for a user name and password when a 401 carries this.
const CHALLENGE = { 'WWW-Authenticate': 'Basic realm="fmp-collect", charset="UTF-8"' };

const unauthenticated = (code: 'unauthenticated' | 'invalid-credentials' | 'invalid-token', message: string) =>
  new AppError(401, code, message, undefined, CHALLENGE);

async function feedTokenReader(deps: Pick<Deps, 'db'>, token: string): Promise<FeedReader | null> {
  const found = await findActiveFeedToken(deps.db, hashToken(token));
  return found ? { role: found.role, actor: { userId: null, username: `feed-token:${found.name}` } } : null;
}

/**
 * Who reads the feed: HTTP Basic with a staff user's password (checked and rate-limited as sign-in is)
 * or with a feed token as the password, or a Bearer staff session or feed token. Decision 0094.
 */
export function requireFeedReader(deps: Deps, { reserveAttempt, clientAddress }: SignInGuard) {
  const { db, now, passwordCost = PASSWORD_COST } = deps;
  const verified = new VerifiedPasswords();

  async function basicReader(c: Context, username: string, password: string): Promise<FeedReader> {
    const byToken = await feedTokenReader(deps, password);
    if (byToken) return byToken;
    const name = username.trim().toLowerCase();
    // Reserved first, as sign-in does: once guessing is limited, even a password proved before gets 429.
    const giveBackAttempt = await reserveAttempt(c, name);
    const known = await findUserCredentials(db, name);
    const atMs = now().getTime();
    if (known && known.disabled_at === null && verified.has(known.password_hash, password, atMs)) {
      await giveBackAttempt();
      return { role: known.role, actor: { userId: known.id, username: name } };
    }
    const check = await checkCredentials(db, name, password, passwordCost);
    if (!check.ok) {
      await auditFailedSignIn(db, check, name, now(), clientAddress(c));
      throw unauthenticated('invalid-credentials', 'Wrong user name or password (or feed token).');
    }
    await giveBackAttempt();
    verified.add(check.user.password_hash, password, atMs);
    return { role: check.user.role, actor: { userId: check.user.id, username: name } };
  }

  async function bearerReader(token: string): Promise<FeedReader> {
    const principal = await findPrincipal(db, token, now());
    if (principal?.kind === 'device') throw new AppError(403, 'forbidden', 'The feed is for staff and feed tokens.');
    if (principal) return { role: principal.role, actor: principal };
    const byToken = await feedTokenReader(deps, token);
    if (!byToken) throw unauthenticated('invalid-token', 'The token is unknown, expired or revoked.');
    return byToken;
  }

  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    const basic = basicCredentials(header);
    const bearer = bearerToken(header);
    if (!basic && !bearer)
      throw unauthenticated(
        'unauthenticated',
        'Send a user name and password (HTTP Basic), or a feed token as the password.',
      );
    c.set(
      'feedReader',
      basic ? await basicReader(c, basic.username, basic.password) : await bearerReader(bearer ?? ''),
    );
    await next();
  });
}
