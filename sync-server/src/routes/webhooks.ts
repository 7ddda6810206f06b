import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateWebhookRequest, UpdateWebhookRequest } from '../../../shared/webhooks.ts';
import { parseBody } from '../parse-body.ts';
import { parseFieldCodedBody, type FieldErrors } from './field-coded-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { listWebhooks } from '../webhooks/webhooks-store.ts';
import { changeWebhook, createWebhook, removeWebhook } from '../webhooks/edit-webhooks.ts';

const FIELD_ERRORS: FieldErrors = {
  url: ['invalid-webhook-url', 'A webhook URL is http:// or https://, without a user name or password.'],
  secret: ['invalid-webhook-secret', 'A webhook secret is 16 to 256 characters.'],
};

function webhookId(param: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id < 1) throw new AppError(404, 'webhook-not-found', `No webhook ${param}.`);
  return id;
}

/** Admins only: a webhook sends every record out of the deployment. Secrets go in and never come back. */
export function webhookRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin'))
    .get('/', async (c) => c.json({ webhooks: await listWebhooks(db) }))
    .post('/', async (c) => {
      const webhook = await parseFieldCodedBody(c, CreateWebhookRequest, FIELD_ERRORS);
      return c.json(await createWebhook(db, staffOf(c.var.principal), now(), webhook), 201);
    })
    .patch('/:id', async (c) => {
      const change = await parseBody(c, UpdateWebhookRequest);
      return c.json(await changeWebhook(db, staffOf(c.var.principal), now(), webhookId(c.req.param('id')), change));
    })
    .delete('/:id', async (c) => {
      await removeWebhook(db, staffOf(c.var.principal), now(), webhookId(c.req.param('id')));
      return c.body(null, 204);
    });
}
