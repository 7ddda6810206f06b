import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findDevice, setDeviceRevoked } from './devices-store.ts';

/** Its token stops working; a device revoked before keeps its first revocation time. */
export function revokeDevice(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  deviceId: string,
): Promise<{ deviceId: string; revokedAt: string }> {
  return db.transaction(async (tx) => {
    const device = await findDevice(tx, deviceId);
    if (!device) throw new AppError(404, 'device-not-found', `No device ${deviceId}.`);
    const revokedAt = device.revoked_at ?? at.toISOString();
    await setDeviceRevoked(tx, deviceId, revokedAt);
    await writeAudit(tx, staff, at, { action: 'device.revoke', target: `device:${deviceId}` });
    return { deviceId, revokedAt };
  });
}
