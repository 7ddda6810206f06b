import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quota-error.ts';

describe('isQuotaError', () => {
  it('recognises the browser’s QuotaExceededError, bare or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
