import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { ConflictResolveRequest, QuarantineResolveRequest, QueueQuery } from '../../../shared/review.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { AppError } from '../errors.ts';
import { parseBody } from '../parse-body.ts';
import { parseQuery } from '../parse-query.ts';
import { listConflicts, resolveConflict } from '../review/conflict-queue.ts';
import { listQuarantine, resolveQuarantine } from '../review/quarantine-queue.ts';

function itemId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw)) throw new AppError(404, 'not-found', `No item ${raw}.`);
  return Number(raw);
}

export function conflictRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin', 'officer'))
    .get('/', async (c) => c.json(await listConflicts(db, parseQuery(c.req.query(), QueueQuery))))
    .post('/:id/resolve', async (c) => {
      const { action, comment } = await parseBody(c, ConflictResolveRequest);
      return c.json(
        await resolveConflict(db, staffOf(c.var.principal), now(), itemId(c.req.param('id')), action, comment),
      );
    });
}

export function quarantineRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin', 'officer'))
    .get('/', async (c) => c.json(await listQuarantine(db, parseQuery(c.req.query(), QueueQuery))))
    .post('/:id/resolve', async (c) => {
      const request = await parseBody(c, QuarantineResolveRequest);
      return c.json(await resolveQuarantine(db, staffOf(c.var.principal), now(), itemId(c.req.param('id')), request));
    });
}
