import type { Db } from '../db/database.ts';
import type { Principal } from '../app-env.ts';
import { hashToken } from './tokens.ts';
import { findSessionUser } from '../sessions/sessions-store.ts';
import { findActiveDevice } from '../devices/devices-store.ts';

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/** Staff sessions and device tokens share the Bearer header; their hashes never collide. */
export function findPrincipal(db: Db, token: string, now: Date): Principal | null {
  const tokenHash = hashToken(token);
  const staff = findSessionUser(db, tokenHash, now.toISOString());
  if (staff) return { kind: 'staff', ...staff };
  const device = findActiveDevice(db, tokenHash);
  if (device) return { kind: 'device', ...device };
  return null;
}
