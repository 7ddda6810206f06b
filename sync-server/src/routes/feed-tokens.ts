import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateFeedTokenRequest } from '../../../shared/feed-tokens.ts';
import { AppError } from '../errors.ts';
import { parseBody } from '../parse-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { listFeedTokens } from '../feed-tokens/feed-tokens-store.ts';
import { createFeedToken, revokeFeedTokenById } from '../feed-tokens/edit-feed-tokens.ts';

/** Read-only tokens for the OData feed (Power BI, Excel): the admin makes, lists and revokes them. */
export function feedTokenRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin'))
    .get('/', async (c) => c.json({ feedTokens: await listFeedTokens(db) }))
    .post('/', async (c) => {
      const request = await parseBody(c, CreateFeedTokenRequest);
      return c.json(await createFeedToken(db, staffOf(c.var.principal), now(), request), 201);
    })
    .delete('/:id', async (c) => {
      const id = Number(c.req.param('id'));
      if (!Number.isSafeInteger(id)) throw new AppError(404, 'unknown-feed-token', 'No such feed token.');
      await revokeFeedTokenById(db, staffOf(c.var.principal), now(), id);
      return c.body(null, 204);
    });
}
