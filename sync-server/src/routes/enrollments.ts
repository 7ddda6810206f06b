import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { EnrollmentRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { createEnrollmentCode } from '../enrollments/create-enrollment-code.ts';

export function enrollmentRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>().post('/', requireAuth(deps, 'admin', 'officer'), async (c) => {
    const request = await parseBody(c, EnrollmentRequest);
    return c.json(await createEnrollmentCode(db, staffOf(c.var.principal), now(), request), 201);
  });
}
