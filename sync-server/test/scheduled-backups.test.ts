import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/testing/server-process.ts';
import { sleep } from '../src/testing/run-concurrently.ts';
import { listBackups } from '../src/ops/backup.ts';

describe('scheduled backups', () => {
  it('are off unless asked for', async () => {
    const server = await startServer();
    try {
      await sleep(1500);
      expect(readdirSync(server.dataDir)).not.toContain('backups');
    } finally {
      await server.stop();
    }
  });

  it('run every FMP_BACKUP_EVERY_HOURS and keep the last FMP_BACKUP_KEEP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmp-scheduled-'));
    // 0.0002 h is 0.72 s.
    const server = await startServer({ env: { FMP_BACKUP_DIR: dir, FMP_BACKUP_EVERY_HOURS: '0.0002', FMP_BACKUP_KEEP: '2' } });
    try {
      await sleep(3500);
      expect(listBackups(dir)).toHaveLength(2);
      const logged = server.output().split('\n').filter((line) => line.includes('"msg":"backup"'));
      expect(logged.length).toBeGreaterThanOrEqual(3);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
