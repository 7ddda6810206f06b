import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { makeTestServer, type TestServer } from '../test/support/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

describe('security headers', () => {
  it('send a same-origin Content-Security-Policy and the usual hardening headers on every answer', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nowhere']) {
      const res = await server.app.request(path);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });
});

describe('Strict-Transport-Security', () => {
  const hsts = async (url: string, headers: Record<string, string> = {}) =>
    (await server.app.request(url, { headers })).headers.get('Strict-Transport-Security');

  it('is not sent over plain HTTP', async () => {
    expect(await hsts('http://fmp.example/api/v1/health')).toBeNull();
  });

  it('is sent over HTTPS', async () => {
    expect(await hsts('https://fmp.example/api/v1/health')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('believes X-Forwarded-Proto: https only behind a trusted proxy', async () => {
    expect(await hsts('http://fmp.example/api/v1/health', { 'X-Forwarded-Proto': 'https' })).toBeNull();
    server.cleanup();
    server = await makeTestServer({ trustProxy: true });
    expect(await hsts('http://fmp.example/api/v1/health', { 'X-Forwarded-Proto': 'https' })).toMatch(/^max-age=/);
    expect(await hsts('http://fmp.example/api/v1/health', { 'X-Forwarded-Proto': 'http' })).toBeNull();
  });

  it('is not sent over a plain socket whose request line names an https URL', async () => {
    let listening: ServerType | undefined;
    const port = await new Promise<number>((resolve) => {
      listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    try {
      const header = await new Promise<string | string[] | undefined>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: 'https://fmp.example/api/v1/health' }, (res) => {
          res.resume();
          resolve(res.headers['strict-transport-security']);
        });
        req.on('error', reject);
        req.end();
      });
      expect(header).toBeUndefined();
    } finally {
      await new Promise((resolve) => listening?.close(resolve));
    }
  });
});
