import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { MoveDeviceResponse } from '../../../shared/devices.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { findDevice, setDeviceFmp } from './devices-store.ts';
import { isActiveFmp } from '../fmps/fmps-store.ts';

/**
 * Moves a device to another active FMP, keeping the FMP it leaves in `device_moves`: records finalised
 * before the move may still carry the old one (decision 0015). Records already stored are not touched.
 */
export function moveDevice(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  deviceId: string,
  fmp: string,
): Promise<MoveDeviceResponse> {
  return db.transaction(async (tx) => {
    const device = await findDevice(tx, deviceId);
    if (!device) throw new AppError(404, 'device-not-found', `No device ${deviceId}.`);
    if (device.revoked_at)
      throw new AppError(409, 'device-revoked', `Device ${deviceId} was revoked on ${device.revoked_at}.`);
    if (!(await isActiveFmp(tx, fmp))) {
      throw new AppError(400, 'unknown-fmp', `"${fmp}" is not an active FMP code.`);
    }
    if (device.fmp === fmp) return { deviceId, fmp, movedAt: null };
    const movedAt = at.toISOString();
    await setDeviceFmp(tx, { deviceId, from: device.fmp, to: fmp, at: movedAt, by: staff.username });
    await writeAudit(tx, staff, at, {
      action: 'device.move',
      target: `device:${deviceId}`,
      details: { from: device.fmp, to: fmp },
    });
    return { deviceId, fmp, movedAt };
  });
}
