import type { Db } from '../db/database.ts';
import type { Role } from '../../../shared/api.ts';
import type { Principal } from '../app-env.ts';
import { hashToken } from './tokens.ts';

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/** Staff sessions and device tokens share the Bearer header; their hashes never collide. */
export function findPrincipal(db: Db, token: string, now: Date): Principal | null {
  const tokenHash = hashToken(token);
  const staff = db
    .prepare<[string, string], { userId: number; username: string; role: Role }>(
      `SELECT u.id AS userId, u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
    )
    .get(tokenHash, now.toISOString());
  if (staff) return { kind: 'staff', ...staff };
  const device = db
    .prepare<[string], { deviceId: string; fmp: string }>(
      'SELECT id AS deviceId, fmp FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
    )
    .get(tokenHash);
  if (device) return { kind: 'device', ...device };
  return null;
}
