import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The work factor of a scrypt hash; stored with each hash, so it can be raised without breaking old ones. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1, i.e. 128 MiB and about a second a hash here (decision 0018). */
export const PASSWORD_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

// scrypt needs 128·N·r bytes and a little more; node refuses past `maxmem` (32 MiB by default).
const withMemory = ({ N, r, p }: ScryptCost): ScryptOptions => ({ N, r, p, maxmem: 2 * 128 * N * r });

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, withMemory(cost), (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Stored as `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return null;
  return {
    cost: { N: Number(n), r: Number(r), p: Number(p) },
    salt: Buffer.from(salt, 'base64url'),
    hash: Buffer.from(hash, 'base64url'),
  };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

export function hasCost(stored: string, cost: ScryptCost): boolean {
  const parsed = parse(stored)?.cost;
  return parsed?.N === cost.N && parsed.r === cost.r && parsed.p === cost.p;
}

const dummies = new Map<string, Promise<string>>();

/**
 * A hash of a random password at `cost`, made once: sign-in checks an unknown or disabled user's password
 * against it, so that answering takes the same work whether the username exists or not.
 */
export function dummyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.N}$${cost.r}$${cost.p}`;
  let hash = dummies.get(key);
  if (!hash) dummies.set(key, (hash = hashPassword(randomBytes(16).toString('base64url'), cost)));
  return hash;
}
