import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, PROCESS_ADMIN_PASSWORD, type ServerProcess } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom } from './support/random.ts';
import { testEngine } from './support/test-database.ts';
import { parseMetrics } from './support/prometheus.ts';

const METRICS_TOKEN = 'a-long-random-metrics-token-for-tests';
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer({ env: { FMP_LOG_FORMAT: 'json' } });
});
afterAll(() => server.stop());

async function scrape(url: string, init: RequestInit = {}) {
  const res = await fetch(`${url}/metrics`, init);
  expect(res.status).toBe(200);
  return parseMetrics(await res.text());
}

describe('the running server', () => {
  it('serves /metrics to loopback in Prometheus text, and its counters move with pushes', async () => {
    const credentials = (await enrollDevices(server.url, 1))[0] ?? expect.unreachable('a device enrolled');
    const device = new SimDevice(credentials, seededRandom(3));
    const before = await scrape(server.url);
    device.create(40);
    await device.drain(server.url, { batchSize: 15 });
    await device.send(server.url, device.requestBody([...device.created.values()].slice(0, 5)));
    const after = await scrape(server.url);

    expect(
      after.value('fmp_push_records_total', { status: 'accepted' }) -
        before.value('fmp_push_records_total', { status: 'accepted' }),
    ).toBe(40);
    expect(
      after.value('fmp_push_records_total', { status: 'duplicate' }) -
        before.value('fmp_push_records_total', { status: 'duplicate' }),
    ).toBe(5);
    expect(
      after.value('fmp_push_batches_total', { status: '200' }) -
        before.value('fmp_push_batches_total', { status: '200' }),
    ).toBe(4);
    expect(after.value('fmp_http_requests_total', { route: '/api/v1/sync/push', status: '200' })).toBe(4);
    expect(after.value('fmp_devices_seen_24h')).toBe(1);
    expect(after.value('fmp_database_bytes')).toBeGreaterThan(0);
    // SQLite's write-ahead log is a file of its own; PostgreSQL's is the server's, not this database's (decision 0065).
    expect(after.value('fmp_database_wal_bytes') > 0).toBe(testEngine() === 'sqlite');
    expect(after.value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('writes one JSON line per request, holding no token, password or record field', async () => {
    const credentials = (await enrollDevices(server.url, 1))[0] ?? expect.unreachable('a device enrolled');
    const device = new SimDevice(credentials, seededRandom(5));
    const records = device.create(3);
    await device.drain(server.url);
    const wrongPassword = `${PROCESS_ADMIN_PASSWORD} but wrong`;
    const login = await fetch(`${server.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: wrongPassword }),
    });
    expect(login.status).toBe(401);

    const lines = server.output().split('\n').filter(Boolean);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const push = entries.find((e) => e.route === '/api/v1/sync/push' && e.status === 200);
    const failedLogin = entries.find((e) => e.route === '/api/v1/sessions' && e.status === 401);
    expect(push).toMatchObject({ level: 'info', msg: 'request', method: 'POST', requestId: expect.any(String) });
    expect(failedLogin).toMatchObject({ level: 'info', msg: 'request', method: 'POST', requestId: expect.any(String) });
    expect(login.headers.get('X-Request-Id')).toBe(failedLogin?.requestId);

    const text = lines.join('\n');
    const secrets = [credentials.token, PROCESS_ADMIN_PASSWORD, wrongPassword, 'Bearer'];
    const recordParts = records.flatMap((r) => [r.id, r.enumerator, r.createdAt, String(r.data.observed_at)]);
    const fieldKeys = records.flatMap((r) => Object.keys(r.data)).map((name) => `"${name}":`);
    for (const secret of [...secrets, ...recordParts, ...fieldKeys]) expect(text).not.toContain(secret);
  });

  it('asks for the token when FMP_METRICS_TOKEN is set', async () => {
    const guarded = await startServer({ env: { FMP_METRICS_TOKEN: METRICS_TOKEN } });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      await scrape(guarded.url, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    } finally {
      await guarded.stop();
    }
  });

  it('stops at start on a wrong setting, naming the variable', async () => {
    await expect(startServer({ env: { FMP_BACKUP_KEEP: 'ten' } })).rejects.toThrow(
      /Invalid configuration:\s+FMP_BACKUP_KEEP: /,
    );
  });
});
