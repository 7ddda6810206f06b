import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateFmpRequest, UpdateFmpRequest } from '../../../shared/staff-admin.ts';
import { parseBody } from '../parse-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { listFmps } from '../fmps/fmps-store.ts';
import { changeFmp, createFmp, fmpView } from '../fmps/edit-fmps.ts';

/** The FMP list: every staff member reads it, the admin edits it; devices get the active ones in /config. */
export function fmpRoutes(deps: Deps) {
  const { db, now } = deps;
  const admin = requireAuth(deps, 'admin');
  return new Hono<AppEnv>()
    .get('/', requireAuth(deps, 'admin', 'officer', 'analyst'), async (c) =>
      c.json({ fmps: (await listFmps(db)).map(fmpView) }),
    )
    .post('/', admin, async (c) => {
      const fmp = await parseBody(c, CreateFmpRequest);
      return c.json(await createFmp(db, staffOf(c.var.principal), now(), fmp), 201);
    })
    .patch('/:code', admin, async (c) => {
      const change = await parseBody(c, UpdateFmpRequest);
      return c.json(await changeFmp(db, staffOf(c.var.principal), now(), c.req.param('code'), change));
    });
}
