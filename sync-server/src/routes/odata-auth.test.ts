import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  login,
  authed,
  jsonRequest,
  enrollDevice,
  type TestServer,
} from '../../test/support/test-server.ts';
import { fmrFlow, pushFlow } from '../../test/support/fmr-flow.ts';
import { seededRandom } from '../../test/support/random.ts';
import type { CreatedFeedToken, FeedTokenView } from '../../../shared/feed-tokens.ts';

const ANALYST = { username: 'dashboard', password: 'a long enough password' };

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await makeTestServer({ rateLimits: { login: { limit: 3, windowMs: 60_000 } }, odataPageSize: 4 });
  admin = await login(server);
  await server.app.request('/api/v1/users', jsonRequest('POST', { ...ANALYST, role: 'analyst' }, admin));
});
afterEach(() => server.cleanup());

const basic = (username: string, password: string) => ({
  headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
});
const feed = (path: string, init: RequestInit = {}) => server.app.request(`/api/v1/odata/${path}`, init);

async function makeFeedToken(role: 'analyst' | 'officer'): Promise<CreatedFeedToken> {
  const res = await server.app.request(
    '/api/v1/feed-tokens',
    jsonRequest('POST', { name: `Power BI ${role}`, role }, admin),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as CreatedFeedToken;
}

const auditActions = async (action: string) =>
  (
    await server.db.all<{ username: string }>('SELECT username FROM audit_log WHERE action = ? ORDER BY id', [action])
  ).map((r) => r.username);

describe('signing in to the feed with HTTP Basic', () => {
  it('asks for a password when none is sent, as Power BI and Excel expect', async () => {
    const res = await feed('');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Basic realm="fmp-collect", charset="UTF-8"');
  });

  it('lets an analyst read FMR and its aggregates only, listing nothing else in the service document', async () => {
    const res = await feed('', basic(ANALYST.username, ANALYST.password));
    expect(res.status).toBe(200);
    const names = ((await res.json()) as { value: { name: string }[] }).value.map((s) => s.name);
    expect(names).toEqual(['fmr', 'fmr_choices', 'fmr_daily', 'fmr_cube', 'fmr_monthly']);
    expect((await feed('fms', basic(ANALYST.username, ANALYST.password))).status).toBe(403);
    expect((await feed('fms', basic('admin', 'correct horse battery'))).status).toBe(200);
  });

  it('refuses a wrong password with 401, audits it, and limits guessing as sign-in does', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await feed('fmr', basic(ANALYST.username, 'wrong password'));
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Basic /);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-credentials');
    }
    expect(await auditActions('session.sign-in-failed')).toEqual(['dashboard', 'dashboard', 'dashboard']);
    expect((await feed('fmr', basic(ANALYST.username, ANALYST.password))).status).toBe(429);
  });

  it('answers 429 even to a password proved right before, once guessing from that address is limited', async () => {
    expect((await feed('fmr', basic(ANALYST.username, ANALYST.password))).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await feed('fmr', basic(ANALYST.username, 'wrong password'))).status).toBe(401);
    expect((await feed('fmr', basic(ANALYST.username, ANALYST.password))).status).toBe(429);
  });

  it('stops taking a password that was right once it is changed, and a user once disabled', async () => {
    expect((await feed('fmr', basic(ANALYST.username, ANALYST.password))).status).toBe(200);
    const change = (body: unknown) =>
      server.app.request(`/api/v1/users/${ANALYST.username}`, jsonRequest('PATCH', body, admin));
    expect((await change({ password: 'another long password' })).status).toBe(200);
    expect((await feed('fmr', basic(ANALYST.username, ANALYST.password))).status).toBe(401);
    expect((await feed('fmr', basic(ANALYST.username, 'another long password'))).status).toBe(200);
    expect((await change({ disabled: true })).status).toBe(200);
    expect((await feed('fmr', basic(ANALYST.username, 'another long password'))).status).toBe(401);
  });

  it('refuses an enrolled device', async () => {
    const device = await enrollDevice(server);
    expect((await feed('fmr', authed(device.token))).status).toBe(403);
  });

  it('audits a read once, on its first page, not on each page', async () => {
    await pushFlow(server, fmrFlow(seededRandom(3), 10, { until: server.clock.now, days: 1, fmps: 1 }));
    let next: string | undefined = 'fmr';
    let pages = 0;
    while (next) {
      const res = await feed(next, basic(ANALYST.username, ANALYST.password));
      next = ((await res.json()) as { '@odata.nextLink'?: string })['@odata.nextLink']?.split('/odata/')[1];
      pages++;
    }
    expect(pages).toBe(3);
    expect(await auditActions('odata.read')).toEqual(['dashboard']);
  });
});

describe('feed tokens', () => {
  it('read as the role they were made for, as the Basic password or a Bearer token', async () => {
    const analyst = await makeFeedToken('analyst');
    const officer = await makeFeedToken('officer');
    expect((await feed('fmr', basic('token', analyst.token))).status).toBe(200);
    expect((await feed('fmr', authed(analyst.token))).status).toBe(200);
    expect((await feed('fms', basic('token', analyst.token))).status).toBe(403);
    expect((await feed('fms', basic('anything', officer.token))).status).toBe(200);
    expect(await auditActions('odata.read')).toEqual([
      'feed-token:Power BI analyst',
      'feed-token:Power BI analyst',
      'feed-token:Power BI officer',
    ]);
  });

  it('are listed without the token, and once revoked get 401 however they are sent', async () => {
    const made = await makeFeedToken('analyst');
    const list = async () =>
      (
        (await (await server.app.request('/api/v1/feed-tokens', authed(admin))).json()) as {
          feedTokens: FeedTokenView[];
        }
      ).feedTokens;
    expect(await list()).toEqual([{ ...made, token: undefined }].map(({ token: _t, ...view }) => view));
    expect(JSON.stringify(await list())).not.toContain(made.token);
    const revoke = () => server.app.request(`/api/v1/feed-tokens/${made.id}`, { ...authed(admin), method: 'DELETE' });
    expect((await revoke()).status).toBe(204);
    expect((await feed('fmr', basic('token', made.token))).status).toBe(401);
    expect((await feed('fmr', authed(made.token))).status).toBe(401);
    expect((await list())[0]?.revokedAt).toBe(server.clock.now.toISOString());
    expect((await revoke()).status).toBe(404);
    expect(await auditActions('feed-token.revoke')).toEqual(['admin']);
  });

  it('are stored as their SHA-256 only', async () => {
    const made = await makeFeedToken('analyst');
    const rows = await server.db.all<Record<string, unknown>>('SELECT * FROM feed_tokens');
    expect(JSON.stringify(rows)).not.toContain(made.token);
  });
});
