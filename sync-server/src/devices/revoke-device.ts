import type { Db } from '../db/database.ts';
import type { StaffPrincipal } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findDevice, setDeviceRevoked } from './devices-store.ts';

/** Its token stops working; a device revoked before keeps its first revocation time. */
export function revokeDevice(db: Db, staff: StaffPrincipal, at: Date, deviceId: string): { deviceId: string; revokedAt: string } {
  return db.transaction(() => {
    const device = findDevice(db, deviceId);
    if (!device) throw new AppError(404, 'device-not-found', `No device ${deviceId}.`);
    const revokedAt = device.revoked_at ?? at.toISOString();
    setDeviceRevoked(db, deviceId, revokedAt);
    writeAudit(db, staff, at, { action: 'device.revoke', target: `device:${deviceId}` });
    return { deviceId, revokedAt };
  })();
}
