import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
      const taken = () => server.output().split('\n').filter((line) => line.includes('"msg":"backup"')).length;
      for (let waited = 0; taken() < 3 && waited < 30_000; waited += 100) await sleep(100);
      expect(taken()).toBeGreaterThanOrEqual(3);
      expect(listBackups(dir)).toHaveLength(2);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('log a failed backup and leave the server serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmp-scheduled-'));
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const server = await startServer({ env: { FMP_BACKUP_DIR: join(notAFolder, 'backups'), FMP_BACKUP_EVERY_HOURS: '0.0002' } });
    try {
      const failed = () => server.output().includes('"msg":"backup failed"');
      for (let waited = 0; !failed() && waited < 30_000; waited += 100) await sleep(100);
      expect(server.output()).toMatch(/"level":"error".*"msg":"backup failed","error":"Backup failed: ENOTDIR/);
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
