import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ClientKey } from './client-ip.ts';

/**
 * Counts a caller's failed attempts (any 4xx answer) and answers 429 while there are too many.
 * Successes are not counted, so an office of tablets behind one address can enroll all of them;
 * once limited, even a right guess gets 429, or the limiter would tell a guesser when it was right.
 */
export function limitFailures(limiter: RateLimiter, clientKey: ClientKey, now: () => Date) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = clientKey(c);
    const decision = limiter.check(key, now().getTime());
    if (!decision.allowed) {
      const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      throw new AppError(
        429,
        'rate-limited',
        `Too many failed attempts from this address; try again in ${retryAfterSeconds} s.`,
        { retryAfterSeconds },
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }
    await next();
    if (c.res.status >= 400 && c.res.status < 500) limiter.hit(key, now().getTime());
  });
}
