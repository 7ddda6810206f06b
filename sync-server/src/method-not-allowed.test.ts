import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServer, login, type TestServer } from '../test/support/test-server.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
});
afterAll(() => server.cleanup());

/** Every route the app has, by path pattern: its methods, and a method it does not have. */
function routesByPath(): [string, string[], string][] {
  const byPath = new Map<string, Set<string>>();
  for (const { method, path } of server.app.routes) {
    if (method === 'ALL' || path.includes('*')) continue;
    byPath.set(path, (byPath.get(path) ?? new Set()).add(method));
  }
  return [...byPath].map(([path, methods]) => [path, [...methods], METHODS.find((m) => !methods.has(m)) ?? 'PUT']);
}

const send = (method: string, path: string) =>
  server.app.request(path.replace(/:\w+/g, 'x'), { method, headers: { Authorization: `Bearer ${admin}` } });

describe('a known path with a wrong method', () => {
  it('is found for more than 25 routes', () => {
    expect(routesByPath().length).toBeGreaterThan(25);
  });

  it('answers 405 method-not-allowed with an Allow header naming the methods of that path, on every route', async () => {
    for (const [path, methods, wrong] of routesByPath()) {
      const res = await send(wrong, path);
      expect(res.status, `${wrong} ${path}`).toBe(405);
      const allow = res.headers.get('Allow')?.split(', ') ?? [];
      expect(allow, `${wrong} ${path}`).toEqual(expect.arrayContaining(methods));
      expect(allow, `${wrong} ${path}`).not.toContain(wrong);
      expect(await res.json(), `${wrong} ${path}`).toMatchObject({
        error: { code: 'method-not-allowed', details: { allow } },
      });
    }
  });

  it('lists HEAD with GET, sorted', async () => {
    const res = await send('PUT', '/api/v1/users');
    expect(res.headers.get('Allow')).toBe('GET, HEAD, POST');
  });

  it('still answers 404 not-found on an unknown path', async () => {
    expect((await send('GET', '/api/v1/nothing-here')).status).toBe(404);
    expect((await send('POST', '/nothing-here')).status).toBe(404);
  });
});
