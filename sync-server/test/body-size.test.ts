import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { startServer, type ServerProcess } from './support/server-process.ts';

const MiB = 1024 * 1024;
const BODY_BYTES = 300 * MiB;
const RSS_LIMIT_BYTES = 200 * MiB;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

function residentBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) * 1024;
}

/** Streams `BODY_BYTES` of one reused chunk to sign-in and stops as soon as an answer (or `stop`) comes. */
function sendHugeBody(url: string, announceLength: boolean, stop: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(MiB, 'x');
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (announceLength) headers['Content-Length'] = String(BODY_BYTES);
    const req = request(`${url}/api/v1/sessions`, { method: 'POST', headers, signal: stop });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      req.destroy();
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const writeMore = (sent: number) => {
      let at = sent;
      while (!answered && at < BODY_BYTES) {
        at += MiB;
        if (!req.write(chunk)) return req.once('drain', () => writeMore(at));
      }
      if (!answered) req.end();
    };
    writeMore(0);
  });
}

describe('the running server under huge request bodies', () => {
  it('answers 413 to three 300 MB sign-in bodies at once and stays under 200 MB resident', async () => {
    const pid = server.pid() ?? expect.unreachable('the server runs');
    const stop = new AbortController();
    let peak = residentBytes(pid);
    const watch = setInterval(() => {
      peak = Math.max(peak, residentBytes(pid));
      if (peak > RSS_LIMIT_BYTES) stop.abort();
    }, 20);
    try {
      const statuses = await Promise.allSettled([
        sendHugeBody(server.url, true, stop.signal),
        sendHugeBody(server.url, false, stop.signal),
        sendHugeBody(server.url, false, stop.signal),
      ]);
      peak = Math.max(peak, residentBytes(pid));
      expect(peak, `server resident memory peak: ${(peak / MiB).toFixed(0)} MiB`).toBeLessThan(RSS_LIMIT_BYTES);
      expect(statuses).toEqual(Array(3).fill({ status: 'fulfilled', value: 413 }));
    } finally {
      clearInterval(watch);
    }
  });
});
