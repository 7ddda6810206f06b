export const BACKOFF_BASE_MS = 15_000;
export const BACKOFF_CAP_MS = 10 * 60_000;
const DEFAULT_RETRY_AFTER_MS = 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random,
 * so tablets that lost the link together do not all come back in the same second.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function retryAfterDelay(header: string | null, now: Date): number {
  if (header === null) return DEFAULT_RETRY_AFTER_MS;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return DEFAULT_RETRY_AFTER_MS;
  return Math.max(0, at - now.getTime());
}
