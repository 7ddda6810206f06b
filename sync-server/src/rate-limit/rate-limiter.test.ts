import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

const MINUTE = 60_000;

function limiterWithHits(times: number[], key = 'a') {
  const limiter = new RateLimiter({ limit: 3, windowMs: MINUTE });
  for (const at of times) limiter.hit(key, at);
  return limiter;
}

describe('RateLimiter', () => {
  it('allows a key until it reaches the limit within the window', () => {
    expect(limiterWithHits([0, 1000]).check('a', 2000)).toEqual({ allowed: true });
    expect(limiterWithHits([0, 1000, 2000]).check('a', 3000)).toEqual({ allowed: false, retryAfterMs: 57_000 });
  });

  it('lets the key in again once its oldest hit leaves the window', () => {
    const limiter = limiterWithHits([0, 1000, 2000]);
    expect(limiter.check('a', MINUTE - 1)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    expect(limiter.check('a', MINUTE)).toEqual({ allowed: true });
  });

  it('counts keys apart', () => {
    expect(limiterWithHits([0, 1, 2], 'a').check('b', 3)).toEqual({ allowed: true });
  });

  it('slides: a burst long ago does not count now', () => {
    const limiter = limiterWithHits([0, 1, 2, 3 * MINUTE]);
    expect(limiter.check('a', 3 * MINUTE + 1)).toEqual({ allowed: true });
  });

  it('keeps at most maxKeys keys, forgetting expired ones first and then the oldest', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: MINUTE }, 2);
    limiter.hit('old', 0);
    limiter.hit('a', 2 * MINUTE);
    limiter.hit('b', 2 * MINUTE);
    expect(limiter.size).toBe(2);
    expect(limiter.check('a', 2 * MINUTE)).toMatchObject({ allowed: false });
    limiter.hit('c', 2 * MINUTE);
    expect(limiter.size).toBe(2);
    expect(limiter.check('a', 2 * MINUTE)).toEqual({ allowed: true });
  });

  it('takes back a hit given back, and only that one', () => {
    const limiter = limiterWithHits([0, 1000, 2000]);
    limiter.giveBack('a', 1000);
    expect(limiter.check('a', 3000)).toEqual({ allowed: true });
    limiter.hit('a', 3000);
    expect(limiter.check('a', 3000)).toMatchObject({ allowed: false });
  });

  it('forgets a key whose hits have all expired', () => {
    const limiter = limiterWithHits([0]);
    limiter.check('a', 2 * MINUTE);
    expect(limiter.size).toBe(0);
  });
});
