import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { Sql } from '../db/sql.ts';
import { AppError } from '../errors.ts';
import type { RateLimit } from './rate-limits.ts';
import type { ClientKey } from './client-ip.ts';
import { giveBackAttempts, reserveAttempts, type AttemptCounter } from './attempts-store.ts';

/** Reserves one attempt for the caller (and the account, if named); the function it resolves to gives it back. */
export type ReserveAttempt = (c: Context, account?: string) => Promise<() => Promise<void>>;

/** The rules of one guarded action; each has a bucket name under which its attempts are counted. */
export interface AttemptRules {
  perAddress: { bucket: string; rule: RateLimit };
  perAccount?: { bucket: string; rule: RateLimit };
}

function rateLimited(retryAfterMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError(
    429,
    'rate-limited',
    `Too many failed attempts; try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * Counts an attempt before its costly check (a password hash), so that parallel requests cannot all
 * pass a count that only grows when each has finished. The caller gives it back on success: successes
 * do not count, so an office of tablets behind one address can enroll all of them. Once limited, even
 * a right guess gets 429, or the limiter would tell a guesser when it was right (decision 0017). The
 * counts live in the database, shared by every server process (decision 0064).
 */
export function attemptReserver(
  db: Sql,
  { perAddress, perAccount }: AttemptRules,
  clientKey: ClientKey,
  now: () => Date,
): ReserveAttempt {
  return async (c, account) => {
    const counters: AttemptCounter[] = [{ ...perAddress, key: clientKey(c) }];
    if (perAccount && account !== undefined) counters.push({ ...perAccount, key: account.trim().toLowerCase() });
    const reservation = await reserveAttempts(db, counters, now().getTime());
    if (!reservation.allowed) throw rateLimited(reservation.retryAfterMs);
    return () => giveBackAttempts(db, reservation.ids);
  };
}

/** Reserves an attempt per client address before the handler runs; an answer below 400 gives it back. */
export function limitAttempts(reserve: ReserveAttempt) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const giveBack = await reserve(c);
    await next();
    if (c.res.status < 400) await giveBack();
  });
}
