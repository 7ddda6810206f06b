import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { parseJsonText } from '../parse-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { checkDeployment, setDeployment } from '../deployment/set-deployment.ts';

/** The deployment's country and time zone: every staff member reads them (their calendar), the admin sets them. */
export function deploymentRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .get('/', requireAuth(deps, 'admin', 'officer', 'analyst'), async (c) => c.json(await readDeployment(db)))
    .put('/', requireAuth(deps, 'admin'), async (c) => {
      const deployment = checkDeployment(parseJsonText(await c.req.text()));
      return c.json(await setDeployment(db, staffOf(c.var.principal), now(), deployment));
    });
}
