import type { Db } from '../db/database.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { MoveDeviceResponse } from '../../../shared/devices.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findDevice } from './devices-store.ts';
import { isActiveFmp } from '../fmps/fmps-store.ts';

/**
 * Moves a device to another active FMP, keeping the FMP it leaves in `device_moves`: records finalised
 * before the move may still carry the old one (decision 0015). Records already stored are not touched.
 */
export function moveDevice(db: Db, staff: StaffPrincipal, at: Date, deviceId: string, fmp: string): MoveDeviceResponse {
  return db.transaction(() => {
    const device = findDevice(db, deviceId);
    if (!device) throw new AppError(404, 'device-not-found', `No device ${deviceId}.`);
    if (device.revoked_at) throw new AppError(409, 'device-revoked', `Device ${deviceId} was revoked on ${device.revoked_at}.`);
    if (!isActiveFmp(db, fmp)) {
      throw new AppError(400, 'unknown-fmp', `"${fmp}" is not an active FMP code.`);
    }
    if (device.fmp === fmp) return { deviceId, fmp, movedAt: null };
    const movedAt = at.toISOString();
    db.prepare('INSERT INTO device_moves (device_id, from_fmp, to_fmp, moved_at, moved_by) VALUES (?, ?, ?, ?, ?)')
      .run(deviceId, device.fmp, fmp, movedAt, staff.username);
    db.prepare('UPDATE devices SET fmp = ? WHERE id = ?').run(fmp, deviceId);
    writeAudit(db, staff, at, { action: 'device.move', target: `device:${deviceId}`, details: { from: device.fmp, to: fmp } });
    return { deviceId, fmp, movedAt };
  }).immediate();
}
