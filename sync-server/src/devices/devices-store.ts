import type { Db } from '../db/database.ts';

export interface DeviceState {
  fmp: string;
  revoked_at: string | null;
}

/** The device a token belongs to, unless it was revoked. */
export function findActiveDevice(db: Db, tokenHash: string): { deviceId: string; fmp: string } | undefined {
  return db
    .prepare<[string], { deviceId: string; fmp: string }>(
      'SELECT id AS deviceId, fmp FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
    )
    .get(tokenHash);
}

export function findDevice(db: Db, deviceId: string): DeviceState | undefined {
  return db.prepare<[string], DeviceState>('SELECT fmp, revoked_at FROM devices WHERE id = ?').get(deviceId);
}

export function insertDevice(
  db: Db, device: { id: string; tokenHash: string; fmp: string; label: string | null; enrolledAt: string },
): void {
  db.prepare('INSERT INTO devices (id, token_hash, fmp, label, enrolled_at) VALUES (?, ?, ?, ?, ?)').run(
    device.id, device.tokenHash, device.fmp, device.label, device.enrolledAt,
  );
}

export function setDeviceRevoked(db: Db, deviceId: string, revokedAt: string): void {
  db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').run(revokedAt, deviceId);
}
