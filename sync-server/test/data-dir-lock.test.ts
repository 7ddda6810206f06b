import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './support/server-process.ts';
import { processState, startUnreapedServer } from './support/unreaped-server.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'fmp-lock-')), 'data');
});
afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

describe('the data directory lock', () => {
  it('lets a server start at once after the last one was SIGKILLed and lingers as a zombie', async () => {
    const crashed = await startUnreapedServer(dataDir);
    try {
      await crashed.killToZombie();
      expect(processState(crashed.pid), 'the killed server is a zombie, its pid still taken').toBe('Z');
      const next = await startServer({ dataDir });
      try {
        expect((await fetch(`${next.url}/api/v1/health`)).status).toBe(200);
      } finally {
        await next.stop();
      }
    } finally {
      await crashed.stop();
    }
  });
});
