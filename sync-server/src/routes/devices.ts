import { Hono, type MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { DeviceEnrollRequest } from '../../../shared/api.ts';
import { normalizeEnrollmentCode } from '../../../shared/enrollment-code.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { listDevices } from '../devices/list-devices.ts';
import { MoveDeviceRequest, type DevicesResponse } from '../../../shared/devices.ts';
import { moveDevice } from '../devices/move-device.ts';

interface CodeRow {
  fmp: string;
  fmp_active: number;
  label: string | null;
  expires_at: string;
  used_at: string | null;
}

/** `limitEnroll` guards enrollment against code guessing (rate-limit/limit-attempts.ts). */
export function deviceRoutes(deps: Deps, limitEnroll: MiddlewareHandler<AppEnv>) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .get('/', requireAuth(deps, 'admin', 'officer'), (c) => c.json({ devices: listDevices(db) } satisfies DevicesResponse))
    .post('/enroll', limitEnroll, async (c) => {
      const body = await parseBody(c, DeviceEnrollRequest);
      const codeHash = hashToken(normalizeEnrollmentCode(body.code));
      const at = now().toISOString();
      const deviceId = randomUUID();
      const token = newToken();
      // Claiming the code and creating the device commit together: a code is used at most once.
      const fmp = db.transaction(() => {
        const row = db
          .prepare<[string], CodeRow>(
            `SELECT e.fmp, f.active AS fmp_active, e.label, e.expires_at, e.used_at
             FROM enrollment_codes e JOIN fmps f ON f.code = e.fmp WHERE e.code_hash = ?`,
          )
          .get(codeHash);
        if (!row) throw new AppError(400, 'invalid-enrollment-code', 'This enrollment code does not exist.');
        if (row.used_at) throw new AppError(409, 'enrollment-code-used', 'This enrollment code was already used.');
        if (row.expires_at <= at) throw new AppError(400, 'enrollment-code-expired', 'This enrollment code has expired.');
        // Retired after the code was made: no new tablet there, but the code stays usable if the FMP comes back.
        if (!row.fmp_active) throw new AppError(409, 'enrollment-fmp-inactive', `The FMP ${row.fmp} is no longer active.`);
        db.prepare('UPDATE enrollment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ?').run(at, deviceId, codeHash);
        db.prepare('INSERT INTO devices (id, token_hash, fmp, label, enrolled_at) VALUES (?, ?, ?, ?, ?)').run(
          deviceId,
          hashToken(token),
          row.fmp,
          body.label ?? row.label,
          at,
        );
        return row.fmp;
      }).immediate();
      return c.json({ deviceId, token, fmp }, 201);
    })
    .patch('/:deviceId', requireAuth(deps, 'admin', 'officer'), async (c) => {
      const { fmp } = await parseBody(c, MoveDeviceRequest);
      return c.json(moveDevice(db, staffOf(c.var.principal), now(), c.req.param('deviceId'), fmp));
    })
    .delete('/:deviceId', requireAuth(deps, 'admin', 'officer'), (c) => {
      const deviceId = c.req.param('deviceId');
      const device = db.prepare<[string], { revoked_at: string | null }>('SELECT revoked_at FROM devices WHERE id = ?').get(deviceId);
      if (!device) throw new AppError(404, 'device-not-found', `No device ${deviceId}.`);
      const at = now();
      const revokedAt = device.revoked_at ?? at.toISOString();
      db.transaction(() => {
        db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').run(revokedAt, deviceId);
        writeAudit(db, staffOf(c.var.principal), at, { action: 'device.revoke', target: `device:${deviceId}` });
      })();
      return c.json({ deviceId, revokedAt });
    });
}
