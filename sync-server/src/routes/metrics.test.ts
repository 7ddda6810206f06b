import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  jsonRequest,
  login,
  authed,
  type TestServer,
} from '../../test/support/test-server.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import { parseMetrics } from '../../test/support/prometheus.ts';
import { isLoopback } from './metrics.ts';

const TOKEN = 'metrics-token-'.padEnd(32, 'x');
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

async function scrape(s: TestServer = server) {
  const res = await s.app.request('/metrics', {}, fromSocket('127.0.0.1'));
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await res.text());
}

describe('GET /metrics', () => {
  it('parses as Prometheus text and counts requests by route pattern and status', async () => {
    await server.app.request('/api/v1/health');
    await server.app.request('/api/v1/devices/some-device', { method: 'DELETE' });
    const metrics = await scrape();
    expect(metrics.value('fmp_http_requests_total', { method: 'GET', route: '/api/v1/health', status: '200' })).toBe(1);
    expect(metrics.value('fmp_http_requests_total', { route: '/api/v1/devices/:deviceId', status: '401' })).toBe(1);
    expect(metrics.value('fmp_database_bytes')).toBeGreaterThan(0);
    expect(metrics.value('fmp_database_schema_version')).toBeGreaterThan(0);
  });

  it('counts push batches by HTTP status and records by result, and devices seen in the last 24 hours', async () => {
    const device = await enrollDevice(server);
    const good = makePushRecord({ seq: 1 });
    const bad = makePushRecord({ seq: 2, data: makeFmrData({ direction: 'sideways' as 'incoming' }) });
    const before = await scrape();
    expect(before.value('fmp_devices_seen_24h')).toBe(0);
    await server.app.request(
      '/api/v1/sync/push',
      jsonRequest('POST', makePushRequest(device.deviceId, [good, bad]), device.token),
    );
    await server.app.request(
      '/api/v1/sync/push',
      jsonRequest('POST', makePushRequest(device.deviceId, [good]), device.token),
    );
    await server.app.request('/api/v1/sync/push', jsonRequest('POST', { nonsense: true }, device.token));
    const after = await scrape();
    expect(after.value('fmp_push_batches_total', { status: '200' })).toBe(2);
    expect(after.value('fmp_push_batches_total', { status: '400' })).toBe(1);
    expect(after.value('fmp_push_records_total', { status: 'accepted' })).toBe(1);
    expect(after.value('fmp_push_records_total', { status: 'rejected' })).toBe(1);
    expect(after.value('fmp_push_records_total', { status: 'duplicate' })).toBe(1);
    expect(after.value('fmp_devices_seen_24h')).toBe(1);
  });

  it('times an export until its last byte', async () => {
    const token = await login(server);
    const res = await server.app.request('/api/v1/exports/fmr.csv', authed(token));
    await res.text();
    const text = await (await server.app.request('/metrics', {}, fromSocket('127.0.0.1'))).text();
    // The parser drops a histogram's labels when `le` comes first, as prom-client writes it: one series here.
    expect(parseMetrics(text).sample('fmp_streamed_response_seconds')?.buckets?.['+Inf']).toBe('1');
    expect(text).toContain('fmp_streamed_response_seconds_count{kind="export",status="200"} 1');
  });

  it('times aggregates apart from exports', async () => {
    const token = await login(server);
    await (await server.app.request('/api/v1/aggregates?by=fmp', authed(token))).text();
    await (await server.app.request('/api/v1/aggregates.csv?by=fmp,month', authed(token))).text();
    const text = await (await server.app.request('/metrics', {}, fromSocket('127.0.0.1'))).text();
    expect(text).toContain('fmp_streamed_response_seconds_count{kind="aggregate",status="200"} 2');
  });

  it('answers only loopback callers that no proxy forwarded, when no token is set', async () => {
    expect((await server.app.request('/metrics', {}, fromSocket('10.1.2.3'))).status).toBe(403);
    expect((await server.app.request('/metrics')).status).toBe(403);
    const proxied = { headers: { 'X-Forwarded-For': '41.210.1.1' } };
    expect((await server.app.request('/metrics', proxied, fromSocket('127.0.0.1'))).status).toBe(403);
    expect((await server.app.request('/metrics', {}, fromSocket('::1'))).status).toBe(200);
  });

  it('asks for the token, from anywhere, when one is set', async () => {
    const withToken = await makeTestServer({ metricsToken: TOKEN });
    try {
      const ask = (init: RequestInit) => withToken.app.request('/metrics', init, fromSocket('127.0.0.1'));
      expect((await ask({})).status).toBe(401);
      expect((await ask(authed('wrong'))).status).toBe(401);
      expect((await withToken.app.request('/metrics', authed(TOKEN), fromSocket('10.1.2.3'))).status).toBe(200);
    } finally {
      withToken.cleanup();
    }
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:192.168.1.4', false],
    ['1127.0.0.1', false],
    [undefined, false],
  ])('says %s is loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
