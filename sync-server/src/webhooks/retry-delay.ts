export interface Backoff {
  /** The longest wait after the first failure. */
  firstMs: number;
  /** No wait is longer than this, however many failures came before. */
  maxMs: number;
}

/**
 * Exponential backoff with full jitter: after the n-th failure in a row, a wait drawn evenly from
 * zero to firstMs·2^(n-1), capped at maxMs, so that many servers retrying one receiver spread out.
 */
export function retryDelayMs(failures: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}
