import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  jsonRequest,
  login,
  authed,
  ADMIN_PASSWORD,
  type TestServer,
} from '../../test/support/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

describe('POST /api/v1/sessions', () => {
  it('signs in the first admin and returns a token that expires', async () => {
    const res = await server.app.request(
      '/api/v1/sessions',
      jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      expiresAt: '2026-11-20T22:00:00.000Z',
      user: { username: 'admin', role: 'admin' },
    });
  });

  it.each([
    ['a wrong password', { username: 'admin', password: 'nope' }, 401, 'invalid-credentials'],
    ['an unknown user', { username: 'ghost', password: ADMIN_PASSWORD }, 401, 'invalid-credentials'],
    ['a missing password', { username: 'admin' }, 400, 'invalid-request'],
  ])('refuses %s', async (_name, body, status, code) => {
    const res = await server.app.request('/api/v1/sessions', jsonRequest('POST', body));
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
  });

  it('stops accepting a token after it expires', async () => {
    const token = await login(server);
    expect((await server.app.request('/api/v1/config', authed(token))).status).toBe(200);
    server.clock.now = new Date('2026-11-20T22:00:01Z');
    expect((await server.app.request('/api/v1/config', authed(token))).status).toBe(401);
  });

  it('signs out', async () => {
    const token = await login(server);
    expect((await server.app.request('/api/v1/sessions/current', { method: 'DELETE', ...authed(token) })).status).toBe(
      204,
    );
    expect((await server.app.request('/api/v1/config', authed(token))).status).toBe(401);
  });
});

describe('POST /api/v1/users', () => {
  it('lets an admin create an officer who can then sign in', async () => {
    const admin = await login(server);
    const body = { username: 'grace', password: 'a long enough password', role: 'officer' };
    expect((await server.app.request('/api/v1/users', jsonRequest('POST', body, admin))).status).toBe(201);
    expect((await server.app.request('/api/v1/users', jsonRequest('POST', body, admin))).status).toBe(409);
    await expect(login(server, 'grace', 'a long enough password')).resolves.toBeTypeOf('string');
  });

  it('refuses anyone but an admin', async () => {
    const res = await server.app.request(
      '/api/v1/users',
      jsonRequest('POST', { username: 'x', password: 'y', role: 'admin' }),
    );
    expect(res.status).toBe(401);
  });
});
