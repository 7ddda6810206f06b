import type { MessageKey } from '../i18n/message-key.ts';
import type { ApiFailure } from './api-error.ts';

type EnrollErrorKey = Extract<
  MessageKey,
  `enroll.${'network' | 'invalidCode' | 'expiredCode' | 'fmpInactive' | 'tooMany' | 'server' | 'unknown'}`
>;

const BY_CODE: Record<string, EnrollErrorKey> = {
  network: 'enroll.network',
  'invalid-code': 'enroll.invalidCode',
  'invalid-enrollment-code': 'enroll.invalidCode',
  'invalid-request': 'enroll.invalidCode',
  'enrollment-code-expired': 'enroll.expiredCode',
  'enrollment-code-used': 'enroll.expiredCode',
  'enrollment-fmp-inactive': 'enroll.fmpInactive',
  'rate-limited': 'enroll.tooMany',
};

/** Known codes first; otherwise the HTTP status still says enough to help the person at the tablet. */
export function enrollErrorKey(failure: ApiFailure): EnrollErrorKey {
  const known = Object.hasOwn(BY_CODE, failure.code) ? BY_CODE[failure.code] : undefined;
  if (known) return known;
  if (failure.status === 400 || failure.status === 404 || failure.status === 401) return 'enroll.invalidCode';
  if (failure.status === 409 || failure.status === 410) return 'enroll.expiredCode';
  if (failure.status === 429) return 'enroll.tooMany';
  if (failure.status >= 500) return 'enroll.server';
  return 'enroll.unknown';
}
