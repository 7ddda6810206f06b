import { afterEach, describe, expect, it } from 'vitest';
import { makeTestServer, jsonRequest, login, ADMIN_PASSWORD, type TestServer } from '../../test/support/test-server.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const fromIp = (ip: string, init: RequestInit): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), 'x-test-ip': ip },
});

async function startServer() {
  server = await makeTestServer({
    rateLimits: { login: { limit: 3, windowMs: 60_000 }, enroll: { limit: 2, windowMs: 60_000 } },
    clientKey: (c) => c.req.header('x-test-ip') ?? 'unknown',
  });
}

const signIn = (ip: string, password: string) =>
  server.app.request('/api/v1/sessions', fromIp(ip, jsonRequest('POST', { username: 'admin', password })));

const enroll = (ip: string, code: string) =>
  server.app.request('/api/v1/devices/enroll', fromIp(ip, jsonRequest('POST', { code })));

describe('rate limits on sign-in', () => {
  it('answers 429 rate-limited with Retry-After after too many failures, even to the right password', async () => {
    await startServer();
    for (let i = 0; i < 3; i++) expect((await signIn('10.0.0.1', 'wrong')).status).toBe(401);
    server.clock.now = new Date(server.clock.now.getTime() + 20_000);
    const res = await signIn('10.0.0.1', ADMIN_PASSWORD);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('40');
    expect(await res.json()).toMatchObject({ error: { code: 'rate-limited', details: { retryAfterSeconds: 40 } } });
  });

  it('limits each address on its own', async () => {
    await startServer();
    for (let i = 0; i < 3; i++) await signIn('10.0.0.1', 'wrong');
    expect((await signIn('10.0.0.2', ADMIN_PASSWORD)).status).toBe(201);
  });

  it('lets the address in again once the window has passed', async () => {
    await startServer();
    for (let i = 0; i < 3; i++) await signIn('10.0.0.1', 'wrong');
    server.clock.now = new Date(server.clock.now.getTime() + 60_000);
    expect((await signIn('10.0.0.1', ADMIN_PASSWORD)).status).toBe(201);
  });

  it('does not count successful sign-ins', async () => {
    await startServer();
    for (let i = 0; i < 5; i++) expect((await signIn('10.0.0.1', ADMIN_PASSWORD)).status).toBe(201);
  });
});

describe('rate limits on parallel sign-ins', () => {
  const statuses = async (responses: (Response | Promise<Response>)[]) =>
    (await Promise.all(responses)).map((res) => res.status);

  it('answers 401 to no more than the limit of 100 parallel wrong passwords from one address, and 429 to the rest', async () => {
    await startServer();
    const got = await statuses(Array.from({ length: 100 }, () => signIn('10.0.0.1', 'wrong')));
    expect(got.filter((s) => s === 401)).toHaveLength(3);
    expect(got.filter((s) => s === 429)).toHaveLength(97);
  });

  it('limits one account guessed at from 100 addresses at once', async () => {
    server = await makeTestServer({
      rateLimits: { login: { limit: 3, windowMs: 60_000 }, loginAccount: { limit: 5, windowMs: 60_000 } },
      clientKey: (c) => c.req.header('x-test-ip') ?? 'unknown',
    });
    const got = await statuses(Array.from({ length: 100 }, (_, i) => signIn(`10.0.1.${i}`, 'wrong')));
    expect(got.filter((s) => s === 401)).toHaveLength(5);
    expect(got.filter((s) => s === 429)).toHaveLength(95);
    expect((await signIn('10.0.2.1', ADMIN_PASSWORD)).status).toBe(429);
  });

  it('gives a reserved attempt back when the password is right', async () => {
    await startServer();
    for (let i = 0; i < 2; i++) expect((await signIn('10.0.0.1', 'wrong')).status).toBe(401);
    expect(await statuses(Array.from({ length: 5 }, () => signIn('10.0.0.1', ADMIN_PASSWORD)))).toContain(201);
    expect((await signIn('10.0.0.1', 'wrong')).status).toBe(401);
    expect((await signIn('10.0.0.1', 'wrong')).status).toBe(429);
  });
});

describe('client addresses behind a trusted proxy', () => {
  const signInFrom = (forwardedFor: string, password: string) =>
    server.app.request('/api/v1/sessions', {
      ...jsonRequest('POST', { username: 'admin', password }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    });

  it.each([
    ['two addresses of one IPv6 /64', '2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:fffe'],
    ['an IPv4 address and the same written as IPv4-mapped IPv6', '203.0.113.7', '::ffff:203.0.113.7'],
  ])('counts %s as one client', async (_name, first, second) => {
    server = await makeTestServer({ trustProxy: true, rateLimits: { login: { limit: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++) expect((await signInFrom(first, 'wrong')).status).toBe(401);
    expect((await signInFrom(second, 'wrong')).status).toBe(429);
    expect((await signInFrom('2001:db8:1:3::1', ADMIN_PASSWORD)).status).toBe(201);
  });
});

describe('rate limits on enrollment', () => {
  it('answers 400 to no more than the limit of 100 parallel wrong codes from one address, and 429 to the rest', async () => {
    await startServer();
    const got = (await Promise.all(Array.from({ length: 100 }, () => enroll('10.0.0.9', 'AAAAAAAAAA')))).map(
      (r) => r.status,
    );
    expect(got.filter((s) => s === 400)).toHaveLength(2);
    expect(got.filter((s) => s === 429)).toHaveLength(98);
  });

  it('refuses even a valid code once an address has guessed too often, and enrolls nothing', async () => {
    await startServer();
    const admin = await login(server);
    const made = await server.app.request('/api/v1/enrollments', jsonRequest('POST', { fmp: 'GOLI' }, admin));
    const { code } = (await made.json()) as { code: string };
    expect((await enroll('10.0.0.9', 'AAAAAAAAAA')).status).toBe(400);
    expect((await enroll('10.0.0.9', 'BBBBBBBBBB')).status).toBe(400);
    const res = await enroll('10.0.0.9', code);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('60');
    expect(await server.db.get('SELECT count(*) AS n FROM devices')).toEqual({ n: 0 });
    expect((await enroll('10.0.0.10', code)).status).toBe(201);
  });
});
