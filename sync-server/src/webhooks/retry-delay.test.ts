import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay.ts';

const BACKOFF = { firstMs: 1_000, maxMs: 60_000 };

describe('the wait before a retry', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [4, 8_000],
    [6, 32_000],
    [7, 60_000],
    [40, 60_000],
  ])('after %i failures in a row is drawn from zero up to %i ms', (failures, ceiling) => {
    expect(retryDelayMs(failures, BACKOFF, () => 0)).toBe(0);
    expect(retryDelayMs(failures, BACKOFF, () => 0.5)).toBe(ceiling / 2);
    expect(retryDelayMs(failures, BACKOFF, () => 0.999_999)).toBe(ceiling - 1);
  });
});
