import { Hono, type MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { DeviceEnrollRequest } from '../../../shared/api.ts';
import { normalizeEnrollmentCode } from '../../../shared/enrollment-code.ts';
import { parseBody } from '../parse-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { listDevices } from '../devices/list-devices.ts';
import { MoveDeviceRequest, type DevicesResponse } from '../../../shared/devices.ts';
import { moveDevice } from '../devices/move-device.ts';
import { enrollDevice } from '../devices/enroll-device.ts';
import { revokeDevice } from '../devices/revoke-device.ts';

/** `limitEnroll` guards enrollment against code guessing (rate-limit/limit-attempts.ts). */
export function deviceRoutes(deps: Deps, limitEnroll: MiddlewareHandler<AppEnv>) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .get('/', requireAuth(deps, 'admin', 'officer'), async (c) =>
      c.json({ devices: await listDevices(db) } satisfies DevicesResponse),
    )
    .post('/enroll', limitEnroll, async (c) => {
      const body = await parseBody(c, DeviceEnrollRequest);
      const codeHash = hashToken(normalizeEnrollmentCode(body.code));
      const at = now().toISOString();
      const deviceId = randomUUID();
      const token = newToken();
      const fmp = await enrollDevice(db, { codeHash, deviceId, tokenHash: hashToken(token), label: body.label, at });
      return c.json({ deviceId, token, fmp }, 201);
    })
    .patch('/:deviceId', requireAuth(deps, 'admin', 'officer'), async (c) => {
      const { fmp } = await parseBody(c, MoveDeviceRequest);
      return c.json(await moveDevice(db, staffOf(c.var.principal), now(), c.req.param('deviceId'), fmp));
    })
    .delete('/:deviceId', requireAuth(deps, 'admin', 'officer'), async (c) =>
      c.json(await revokeDevice(db, staffOf(c.var.principal), now(), c.req.param('deviceId'))),
    );
}
