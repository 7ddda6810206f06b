import { describe, expect, it, vi } from 'vitest';
import { dirname, join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { readStoredState } from './support/stored-state.ts';
import { createdByDevices, expectEveryRecordOnce } from './support/every-record-once.ts';
import { runNpmScript } from './support/run-npm-script.ts';
import { openDatabase } from '../src/db/database.ts';
import { steadyPushes } from './support/steady-pushes.ts';
import { integrityProblems } from '../src/ops/backup.ts';

function countRecords(file: string): number {
  const db = openDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a backup taken while three devices push', () => {
  it('passes integrity_check, and after a restore and a re-push every record is stored exactly once', async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const backupDir = mkdtempSync(join(tmpdir(), 'fmp-backups-'));
    const server = await startServer();
    try {
      const devices = (await enrollDevices(server.url, 3)).map(
        (credentials) => new SimDevice(credentials, seededRandom(random.int(1, 2 ** 30))),
      );
      const pushes = steadyPushes(server.url, devices);
      const storedCount = async () =>
        (
          await readStoredState(
            server.database,
            devices.map((d) => d.credentials.deviceId),
          )
        ).records.size;
      await vi.waitFor(async () => expect(await storedCount()).toBeGreaterThanOrEqual(300), {
        timeout: 60_000,
        interval: 50,
      });

      const answeredBefore = pushes.answered();
      const backup = await runNpmScript('backup', [backupDir], { FMP_DATA_DIR: server.dataDir });
      expect(backup.code, backup.stderr).toBe(0);
      expect(pushes.answered() - answeredBefore, 'pushes stored while the backup ran').toBeGreaterThan(0);
      const file = /Backup written: (\S+)/.exec(backup.stdout)?.[1] ?? '';
      expect(file).toMatch(/fmp-collect-\d{8}T\d{9}Z\.sqlite$/);
      expect(backup.stdout).toContain('integrity_check ok');

      const answeredAfter = pushes.answered();
      await vi.waitFor(
        () => expect(pushes.answered(), 'pushes stored after the backup').toBeGreaterThan(answeredAfter + 2),
        { timeout: 30_000 },
      );
      await pushes.stop();
      for (const device of devices) await device.drain(server.url, { batchSize: 100 });
      const created = createdByDevices(devices);

      const copy = openDatabase(file, { readonly: true });
      expect(integrityProblems(copy)).toEqual([]);
      copy.close();
      const inBackup = countRecords(file);
      expect(inBackup, `seed ${seed}: the copy is a moment in the middle of the pushes`).toBeGreaterThan(0);
      expect(inBackup).toBeLessThan(created.size);

      // The disk is lost: the server dies, and the backup comes back.
      await server.kill('SIGKILL');
      const restore = await runNpmScript('restore', [file], { FMP_DATA_DIR: server.dataDir });
      expect(restore.code, restore.stderr).toBe(0);
      const kept = /The database it replaced is kept at (\S+)\.\n/.exec(restore.stdout)?.[1] ?? '';
      expect(countRecords(kept), 'the replaced database, its WAL folded in, holds everything').toBe(created.size);
      await server.restart();
      expect(countRecords(server.dbFile)).toBe(inBackup);

      // Recovery: every tablet sends all it has again; what the backup holds comes back as duplicates.
      for (const device of devices) {
        for (const record of device.created.values()) device.outbox.set(record.id, record);
        device.statusCounts.accepted = 0;
        device.statusCounts.duplicate = 0;
        await device.drain(server.url, { batchSize: 100 });
      }
      const accepted = devices.reduce((n, d) => n + d.statusCounts.accepted, 0);
      const duplicates = devices.reduce((n, d) => n + d.statusCounts.duplicate, 0);
      expect({ accepted, duplicates }).toEqual({ accepted: created.size - inBackup, duplicates: inBackup });

      await expectEveryRecordOnce(server.database, devices, `seed ${seed}`);
    } finally {
      await server.stop();
      rmSync(backupDir, { recursive: true, force: true });
    }
  });

  it('restores into an empty folder for a drill, served by a second server beside the live one', async () => {
    const backupDir = mkdtempSync(join(tmpdir(), 'fmp-backups-'));
    const drillDir = join(mkdtempSync(join(tmpdir(), 'fmp-drill-')), 'drill');
    const live = await startServer();
    try {
      const device = new SimDevice(
        (await enrollDevices(live.url, 1))[0] ?? expect.unreachable('a device enrolled'),
        seededRandom(9),
      );
      device.create(120);
      await device.drain(live.url, { batchSize: 60 });
      const backup = await runNpmScript('backup', [backupDir], { FMP_DATA_DIR: live.dataDir });
      const file = /Backup written: (\S+)/.exec(backup.stdout)?.[1] ?? '';
      const restore = await runNpmScript('restore', [file], { FMP_DATA_DIR: drillDir });
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toContain('There was no database to replace.');
      const drill = await startServer({ dataDir: drillDir });
      try {
        expect((await readStoredState(drill.database, [device.credentials.deviceId])).records.size).toBe(120);
        expect((await fetch(`${live.url}/api/v1/health`)).status).toBe(200);
      } finally {
        await drill.stop();
      }
    } finally {
      await live.stop();
      rmSync(backupDir, { recursive: true, force: true });
      rmSync(dirname(drillDir), { recursive: true, force: true });
    }
  });
});
