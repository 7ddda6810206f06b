import type { SqlRunner } from '../db/sql.ts';
import type { Principal } from '../app-env.ts';
import { hashToken } from './tokens.ts';
import { findSessionUser } from '../sessions/sessions-store.ts';
import { findActiveDevice } from '../devices/devices-store.ts';

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/** Staff sessions and device tokens share the Bearer header; their hashes never collide. */
export async function findPrincipal(db: SqlRunner, token: string, now: Date): Promise<Principal | null> {
  const tokenHash = hashToken(token);
  const staff = await findSessionUser(db, tokenHash, now.toISOString());
  if (staff) return { kind: 'staff', ...staff };
  const device = await findActiveDevice(db, tokenHash);
  if (device) return { kind: 'device', ...device };
  return null;
}
