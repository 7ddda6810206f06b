import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ClientKey } from './client-ip.ts';

/** Reserves one attempt for the caller (and the account, if named); the function it returns gives it back. */
export type ReserveAttempt = (c: Context, account?: string) => () => void;

export interface AttemptLimiters {
  perAddress: RateLimiter;
  perAccount?: RateLimiter;
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
 * a right guess gets 429, or the limiter would tell a guesser when it was right (decision 0017).
 */
export function attemptReserver({ perAddress, perAccount }: AttemptLimiters, clientKey: ClientKey, now: () => Date): ReserveAttempt {
  return (c, account) => {
    const at = now().getTime();
    const buckets: [RateLimiter, string][] = [[perAddress, clientKey(c)]];
    if (perAccount && account !== undefined) buckets.push([perAccount, account.trim().toLowerCase()]);
    const refusals = buckets.map(([limiter, key]) => limiter.check(key, at)).filter((d) => !d.allowed);
    if (refusals.length > 0) throw rateLimited(Math.max(...refusals.map((d) => d.retryAfterMs)));
    for (const [limiter, key] of buckets) limiter.hit(key, at);
    return () => {
      for (const [limiter, key] of buckets) limiter.giveBack(key, at);
    };
  };
}

/** Reserves an attempt per client address before the handler runs; an answer below 400 gives it back. */
export function limitAttempts(reserve: ReserveAttempt) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const giveBack = reserve(c);
    await next();
    if (c.res.status < 400) giveBack();
  });
}
