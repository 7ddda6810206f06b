import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createApp } from './app.ts';
import { createLogger } from './log.ts';
import {
  makeTestServer,
  enrollDevice,
  jsonRequest,
  ADMIN_PASSWORD,
  type TestServer,
} from '../test/support/test-server.ts';
import { makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';

let server: TestServer;
let lines: string[];
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  server = await makeTestServer();
  lines = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  app = createApp({
    db: server.db,
    now: () => server.clock.now,
    log: createLogger({ level: 'info', pretty: false }, sink),
  });
});
afterEach(() => server.cleanup());

describe('request log', () => {
  it('writes one JSON line per request with its id, route and status', async () => {
    const res = await app.request('/api/v1/health');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/v1/health',
      route: '/api/v1/health',
      status: 200,
    });
    expect(line.requestId).toBe(res.headers.get('X-Request-Id'));
    expect(typeof line.ms).toBe('number');
  });

  it("reuses a proxy's request id and ignores one that could smuggle text into the log", async () => {
    await app.request('/api/v1/health', { headers: { 'X-Request-Id': 'nginx-0123456789abcdef' } });
    await app.request('/api/v1/health', { headers: { 'X-Request-Id': 'evil" {"status":200} '.repeat(3) } });
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ requestId: 'nginx-0123456789abcdef' });
    expect(JSON.parse(lines[1] ?? '').requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('holds no token, password or record field for a push and a failed login', async () => {
    const device = await enrollDevice(server);
    const record = makePushRecord({
      enumerator: 'Enumerator Nyiramana',
      data: { ...makePushRecord().data, notes: 'secret-note-text' },
    });
    await app.request(
      '/api/v1/sync/push?token=in-the-query',
      jsonRequest('POST', makePushRequest(device.deviceId, [record]), device.token),
    );
    await app.request(
      '/api/v1/sessions',
      jsonRequest('POST', { username: 'admin', password: `${ADMIN_PASSWORD}-wrong` }),
    );
    const text = lines.join('\n');
    expect(lines).toHaveLength(2);
    for (const secret of [
      device.token,
      ADMIN_PASSWORD,
      'in-the-query',
      record.id,
      'Nyiramana',
      'secret-note-text',
      'males_18_59',
      'observed_at',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines.map((l) => (JSON.parse(l) as { status: number }).status)).toEqual([200, 401]);
  });

  it('logs an unexpected failure as one JSON line with the request id, beside the 500 request line', async () => {
    await server.db.close();
    const res = await app.request(
      '/api/v1/sessions',
      jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD }),
    );
    expect(res.status).toBe(500);
    const entries = lines.map(
      (l) => JSON.parse(l) as { msg: string; level: string; requestId: string; err?: { message: string } },
    );
    expect(entries.map((e) => [e.msg, e.level])).toEqual([
      ['unhandled error', 'error'],
      ['request', 'error'],
    ]);
    expect(entries[0]?.requestId).toBe(res.headers.get('X-Request-Id'));
    expect(entries[0]?.err?.message).toMatch(/./);
    expect(lines.join('\n')).not.toContain(ADMIN_PASSWORD);
  });
});
