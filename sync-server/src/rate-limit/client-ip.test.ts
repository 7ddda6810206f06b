import { afterEach, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import { clientIp } from './client-ip.ts';

function echoApp(trustProxy: boolean) {
  const key = clientIp({ trustProxy });
  return new Hono().get('/', (c) => c.text(key(c)));
}

let listening: ServerType | undefined;
afterEach(async () => {
  await new Promise((resolve) => (listening ? listening.close(resolve) : resolve(undefined)));
  listening = undefined;
});

describe('clientIp', () => {
  it('reads the socket address of a real connection', async () => {
    const app = echoApp(false);
    const port = await new Promise<number>((resolve) => {
      listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(await res.text()).toBe('127.0.0.1');
  });

  it.each([
    ['no socket and no proxy', false, undefined, 'unknown'],
    ['a forged X-Forwarded-For without a trusted proxy', false, '203.0.113.7', 'unknown'],
    ['the entry a trusted proxy added last', true, '203.0.113.7, 198.51.100.4', '198.51.100.4'],
    ['a trusted proxy that sent no header', true, undefined, 'unknown'],
  ])('gives %s', async (_name, trustProxy, forwarded, expected) => {
    const headers: Record<string, string> = forwarded ? { 'X-Forwarded-For': forwarded } : {};
    const res = await echoApp(trustProxy).request('/', { headers });
    expect(await res.text()).toBe(expected);
  });
});
