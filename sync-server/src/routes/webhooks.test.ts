import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authed, jsonRequest, login, makeTestServer, type TestServer } from '../../test/support/test-server.ts';
import { WebhookView } from '../../../shared/webhooks.ts';

const SECRET = 'a secret of the receiver, long enough';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
});
afterAll(() => server.cleanup());

const create = (body: unknown) => server.app.request('/api/v1/webhooks', jsonRequest('POST', body, admin));
const list = async () =>
  ((await (await server.app.request('/api/v1/webhooks', authed(admin))).json()) as { webhooks: WebhookView[] })
    .webhooks;

describe('the webhooks an admin registers', () => {
  it('are created, listed with their queue, and never show their secret', async () => {
    const res = await create({ url: 'https://warehouse.example.org/fmp', secret: SECRET });
    expect(res.status).toBe(201);
    const created = WebhookView.parse(await res.json());
    expect(created).toMatchObject({ url: 'https://warehouse.example.org/fmp', disabled: false, pending: 0 });
    expect(created.createdBy).toBe('admin');
    const listed = await list();
    expect(listed.map((w) => w.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it('are disabled and enabled again, each change audited', async () => {
    const { id } = WebhookView.parse(await (await create({ url: 'http://127.0.0.1:9/hook', secret: SECRET })).json());
    const patch = (disabled: boolean) =>
      server.app.request(`/api/v1/webhooks/${id}`, jsonRequest('PATCH', { disabled }, admin));
    expect(WebhookView.parse(await (await patch(true)).json()).disabled).toBe(true);
    expect(WebhookView.parse(await (await patch(false)).json()).disabled).toBe(false);
    const audit = await server.db.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE target = ? AND action LIKE 'webhook.%' ORDER BY id",
      [`webhook:${id}`],
    );
    expect(audit.map((a) => a.action)).toEqual(['webhook.create', 'webhook.disable', 'webhook.enable']);
  });

  it('are deleted, and then unknown', async () => {
    const { id } = WebhookView.parse(await (await create({ url: 'http://127.0.0.1:9/gone', secret: SECRET })).json());
    const remove = () => server.app.request(`/api/v1/webhooks/${id}`, { method: 'DELETE', ...authed(admin) });
    expect((await remove()).status).toBe(204);
    expect((await list()).map((w) => w.id)).not.toContain(id);
    const again = await remove();
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { code: 'webhook-not-found' } });
  });

  it.each([
    ['a URL that is not http or https', { url: 'ftp://example.org/x', secret: SECRET }, 'invalid-webhook-url'],
    ['a URL with a password in it', { url: 'https://user:pw@example.org/x', secret: SECRET }, 'invalid-webhook-url'],
    ['a short secret', { url: 'https://example.org/x', secret: 'short' }, 'invalid-webhook-secret'],
    ['no secret', { url: 'https://example.org/x' }, 'invalid-webhook-secret'],
  ])('refuses %s with its own code, for the staff page to translate', async (_name, body, code) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code } });
  });
});
