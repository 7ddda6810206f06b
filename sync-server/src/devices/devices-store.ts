import type { SqlRunner } from '../db/sql.ts';
import { forUpdate } from '../db/row-locks.ts';

export interface DeviceState {
  fmp: string;
  revoked_at: string | null;
}

/** The device a token belongs to, unless it was revoked. */
export function findActiveDevice(
  db: SqlRunner,
  tokenHash: string,
): Promise<{ deviceId: string; fmp: string } | undefined> {
  return db.get<{ deviceId: string; fmp: string }>(
    'SELECT id AS "deviceId", fmp FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
    [tokenHash],
  );
}

/** Held until the transaction ends on PostgreSQL: one device's pushes and moves are stored one after the other. */
export function findDevice(db: SqlRunner, deviceId: string): Promise<DeviceState | undefined> {
  return db.get<DeviceState>(`SELECT fmp, revoked_at FROM devices WHERE id = ?${forUpdate(db)}`, [deviceId]);
}

export async function insertDevice(
  db: SqlRunner,
  device: { id: string; tokenHash: string; fmp: string; label: string | null; enrolledAt: string },
): Promise<void> {
  await db.run('INSERT INTO devices (id, token_hash, fmp, label, enrolled_at) VALUES (?, ?, ?, ?, ?)', [
    device.id,
    device.tokenHash,
    device.fmp,
    device.label,
    device.enrolledAt,
  ]);
}

export async function setDeviceRevoked(db: SqlRunner, deviceId: string, revokedAt: string): Promise<void> {
  await db.run('UPDATE devices SET revoked_at = ? WHERE id = ?', [revokedAt, deviceId]);
}

export async function setDeviceFmp(
  db: SqlRunner,
  move: { deviceId: string; from: string; to: string; at: string; by: string },
): Promise<void> {
  await db.run('INSERT INTO device_moves (device_id, from_fmp, to_fmp, moved_at, moved_by) VALUES (?, ?, ?, ?, ?)', [
    move.deviceId,
    move.from,
    move.to,
    move.at,
    move.by,
  ]);
  await db.run('UPDATE devices SET fmp = ? WHERE id = ?', [move.to, move.deviceId]);
}
