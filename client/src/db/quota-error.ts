/** Dexie wraps the browser's error; either one may carry the name. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const named = (e: unknown): boolean =>
    typeof e === 'object' && e !== null && 'name' in e && e.name === 'QuotaExceededError';
  return named(error) || ('inner' in error && named(error.inner));
}
