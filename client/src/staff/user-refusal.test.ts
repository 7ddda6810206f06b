import { describe, expect, it } from 'vitest';
import { ApiFailure } from './staff-api.ts';
import { userRefusalKey } from './user-refusal.ts';

describe('userRefusalKey', () => {
  it.each([
    ['invalid-username', 'staff-admin.invalidUsername'],
    ['invalid-password', 'staff-admin.invalidPassword'],
  ])('explains %s with the staff string %s', (code, key) => {
    expect(userRefusalKey(new ApiFailure(400, code, 'refused'))).toBe(key);
  });

  it('leaves other refusals to the server message', () => {
    expect(userRefusalKey(new ApiFailure(409, 'username-taken', 'taken'))).toBeNull();
    expect(userRefusalKey(new Error('offline'))).toBeNull();
  });
});
