import type { ApiFailure } from './api-error.ts';

export type EnrollErrorKey = 'network' | 'invalidCode' | 'expiredCode' | 'fmpInactive' | 'tooMany' | 'server' | 'unknown';

const BY_CODE: Record<string, EnrollErrorKey> = {
  network: 'network',
  'invalid-code': 'invalidCode',
  'invalid-enrollment-code': 'invalidCode',
  'invalid-request': 'invalidCode',
  'enrollment-code-expired': 'expiredCode',
  'enrollment-code-used': 'expiredCode',
  'enrollment-fmp-inactive': 'fmpInactive',
  'rate-limited': 'tooMany',
};

/** Known codes first; otherwise the HTTP status still says enough to help the person at the tablet. */
export function enrollErrorKey(failure: ApiFailure): EnrollErrorKey {
  const known = Object.hasOwn(BY_CODE, failure.code) ? BY_CODE[failure.code] : undefined;
  if (known) return known;
  if (failure.status === 400 || failure.status === 404 || failure.status === 401) return 'invalidCode';
  if (failure.status === 409 || failure.status === 410) return 'expiredCode';
  if (failure.status === 429) return 'tooMany';
  if (failure.status >= 500) return 'server';
  return 'unknown';
}
