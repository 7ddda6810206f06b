import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay, retryAfterDelay } from './retry-delay.ts';

describe('backoffDelay', () => {
  it('doubles with each failure', () => {
    const delays = [1, 2, 3, 4].map((failures) => backoffDelay(failures, () => 1));
    expect(delays).toEqual([BACKOFF_BASE_MS, BACKOFF_BASE_MS * 2, BACKOFF_BASE_MS * 4, BACKOFF_BASE_MS * 8]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it('spreads retries over the upper half of the window', () => {
    expect(backoffDelay(2, () => 0)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, () => 0.5)).toBe(BACKOFF_BASE_MS * 1.5);
  });
});

describe('retryAfterDelay', () => {
  const now = new Date('2024-05-01T08:00:00Z');

  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 01 May 2024 08:01:30 GMT', 90_000],
    ['Wed, 01 May 2024 07:00:00 GMT', 0],
    ['soon', 60_000],
    [null, 60_000],
  ])('reads Retry-After %j as %i ms', (header, expected) => {
    expect(retryAfterDelay(header, now)).toBe(expected);
  });
});
