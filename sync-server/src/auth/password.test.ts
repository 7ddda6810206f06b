import { describe, expect, it } from 'vitest';
import { hashPassword, hasCost, PASSWORD_COST, verifyPassword } from './password.ts';

const OLD_COST = { N: 2 ** 12, r: 8, p: 1 };

describe('password hashes', () => {
  it('hash with the scrypt cost of the OWASP Password Storage Cheat Sheet, N=2^17, r=8, p=1, and verify', async () => {
    expect(PASSWORD_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('wrong horse battery', stored)).toBe(false);
  }, 60_000);

  it('still verify when made with an older, lower cost', async () => {
    const stored = await hashPassword('correct horse battery', OLD_COST);
    expect(stored).toMatch(/^scrypt\$4096\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('tell whether they were made with a given cost', async () => {
    const stored = await hashPassword('correct horse battery', OLD_COST);
    expect(hasCost(stored, OLD_COST)).toBe(true);
    expect(hasCost(stored, PASSWORD_COST)).toBe(false);
  });
});
