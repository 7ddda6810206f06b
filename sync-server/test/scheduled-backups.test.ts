import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './support/server-process.ts';
import { listBackups } from '../src/ops/backup.ts';

describe('scheduled backups', () => {
  it('are off unless asked for', async () => {
    const server = await startServer();
    try {
      // The schedule is set, and logged, before the server listens.
      await vi.waitFor(() => expect(server.output()).toContain('fmp-collect listening'));
      expect(server.output()).not.toContain('"msg":"scheduled backups"');
      expect(readdirSync(server.dataDir)).not.toContain('backups');
    } finally {
      await server.stop();
    }
  });

  it('run every FMP_BACKUP_EVERY_HOURS and keep the last FMP_BACKUP_KEEP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fmp-scheduled-'));
    // 0.0002 h is 0.72 s.
    const server = await startServer({
      env: { FMP_BACKUP_DIR: dir, FMP_BACKUP_EVERY_HOURS: '0.0002', FMP_BACKUP_KEEP: '2' },
    });
    try {
      const taken = () =>
        server
          .output()
          .split('\n')
          .filter((line) => line.includes('"msg":"backup"')).length;
      await vi.waitFor(() => expect(taken()).toBeGreaterThanOrEqual(3), { timeout: 30_000, interval: 100 });
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
    const server = await startServer({
      env: { FMP_BACKUP_DIR: join(notAFolder, 'backups'), FMP_BACKUP_EVERY_HOURS: '0.0002' },
    });
    try {
      await vi.waitFor(() => expect(server.output()).toContain('"msg":"backup failed"'), {
        timeout: 30_000,
        interval: 100,
      });
      expect(server.output()).toMatch(/"level":"error".*"msg":"backup failed","error":"Backup failed: ENOTDIR/);
      expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
