import { describe, expect, inject, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import pg from 'pg';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevicesResponse } from '../../shared/devices.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { adminToken, enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { integrityCheck, readStoredState } from './support/stored-state.ts';
import { expectEveryRecordOnce } from './support/every-record-once.ts';
import { postgresDrillCommands } from './support/deploy-doc.ts';
import { connectDatabase, type DatabaseLocation } from '../src/db/connect-database.ts';
import { rebuildCubeForFmp } from '../src/aggregates/rebuild-cube.ts';
import { steadyPushes } from './support/steady-pushes.ts';
import { freshDatabase } from './support/fresh-database.ts';

/**
 * An empty database owned by a role of its own that is no superuser, as on a managed PostgreSQL: the
 * documented restore must work without the roles that owned the dumped tables.
 */
async function emptyDatabaseOfItsOwnRole(
  adminUrl: string,
): Promise<{ url: string; adminUrl: string; drop: () => Promise<void> }> {
  const database = await freshDatabase(adminUrl);
  const role = `${database.name}_owner`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`ALTER DATABASE ${database.name} OWNER TO ${role}`);
  } finally {
    await admin.end();
  }
  const url = Object.assign(new URL(database.url), { username: role, password: '' }).toString();
  return {
    url,
    adminUrl: database.url,
    drop: async () => {
      await database.drop();
      const client = new pg.Client(adminUrl);
      await client.connect();
      await client.query(`DROP ROLE IF EXISTS ${role}`).finally(() => client.end());
    },
  };
}

interface ShellRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command of docs/deploy.md as written, its shell variables given as environment. */
function sh(script: string, variables: Record<string, string>): Promise<ShellRun> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { env: { ...process.env, ...variables } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function officerView(url: string): Promise<Map<string, DevicesResponse['devices'][number]>> {
  const res = await fetch(`${url}/api/v1/devices`, { headers: { Authorization: `Bearer ${await adminToken(url)}` } });
  return new Map(DevicesResponse.parse(await res.json()).devices.map((d) => [d.deviceId, d]));
}

/** Every row of the aggregate tables, then every row again after a recount from the records. */
async function aggregatesAndRecount(location: DatabaseLocation): Promise<{ kept: string[]; recounted: string[] }> {
  const db = await connectDatabase(location);
  try {
    const rows = async () => {
      const all: string[] = [];
      for (const table of ['fmr_cube', 'fmr_daily', 'fmr_monthly']) {
        for (const row of await db.all(`SELECT * FROM ${table}`)) all.push(`${table} ${JSON.stringify(row)}`);
      }
      return all.sort();
    };
    const kept = await rows();
    const fmps = await db.all<{ fmp: string }>('SELECT DISTINCT fmp FROM records');
    await db.transaction(async (tx) => {
      for (const { fmp } of fmps) await rebuildCubeForFmp(tx, fmp);
    });
    return { kept, recounted: await rows() };
  } finally {
    await db.close();
  }
}

describe('a pg_dump taken while three devices push, restored into an empty database', () => {
  it('comes back with the documented commands, and the devices re-send what it missed: every record stored exactly once', async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const commands = postgresDrillCommands();
    const backupDir = mkdtempSync(join(tmpdir(), 'fmp-pg-dumps-'));
    const server = await startServer();
    let restored: Awaited<ReturnType<typeof emptyDatabaseOfItsOwnRole>> | undefined;
    let restoredServer: ServerProcess | undefined;
    try {
      if (server.database.engine !== 'postgres') throw new Error('the drill needs FMP_TEST_ENGINE=postgres');
      const liveUrl = server.database.url;
      const devices = (await enrollDevices(server.url, 3)).map(
        (c) => new SimDevice(c, seededRandom(random.int(1, 2 ** 30))),
      );
      const deviceIds = devices.map((d) => d.credentials.deviceId);
      const pushes = steadyPushes(server.url, devices);
      const storedCount = async () => (await readStoredState(server.database, deviceIds)).records.size;
      await vi.waitFor(() => expect(storedCount()).resolves.toBeGreaterThanOrEqual(300), {
        timeout: 60_000,
        interval: 50,
      });

      // Three scheduled runs of the documented script, keeping two, while the devices push.
      const answeredBefore = pushes.answered();
      const written: string[] = [];
      let lastDumpEnded = 0;
      for (let run = 0; run < 3; run++) {
        const backup = await sh(commands.backupScript, {
          FMP_DATABASE_URL: liveUrl,
          BACKUP_DIR: backupDir,
          BACKUP_KEEP: '2',
        });
        expect(backup, backup.stderr).toMatchObject({ code: 0, stderr: '' });
        written.push(
          /^Backup written: (\S+) \(\d+ bytes\)$/m.exec(backup.stdout)?.[1] ?? expect.unreachable(backup.stdout),
        );
        lastDumpEnded = Date.now();
      }
      expect(pushes.answered() - answeredBefore, 'pushes stored while the dumps ran').toBeGreaterThan(0);
      const dump = written.at(-1) ?? '';
      expect(readdirSync(backupDir).sort()).toEqual(written.slice(1).map((file) => file.slice(backupDir.length + 1)));
      expect(dump).toMatch(/\/fmp-collect-\d{8}T\d{9}Z\.dump$/);
      expect(statSync(dump).mode & 0o777).toBe(0o600);

      const answeredAfter = pushes.answered();
      await vi.waitFor(
        () => expect(pushes.answered(), 'pushes stored after the dump').toBeGreaterThan(answeredAfter + 2),
        { timeout: 30_000 },
      );
      await pushes.stop();
      for (const device of devices) await device.drain(server.url, { batchSize: 100 });
      const sentBeforeLoss = new Map(devices.map((d) => [d.credentials.deviceId, d.created.size]));
      const createdBeforeLoss = devices.reduce((n, d) => n + d.created.size, 0);

      // The database is lost: the server stops, and the newest dump goes into an empty database.
      await server.kill('SIGTERM');
      restored = await emptyDatabaseOfItsOwnRole(inject('postgresAdminUrl'));
      const restore = await sh(commands.restore, { dump, restored: restored.url });
      expect(restore).toEqual({ code: 0, stdout: '', stderr: '' });
      const again = await sh(commands.restore, { dump, restored: restored.url });
      expect(again.code, 'a second restore into the restored database is refused').not.toBe(0);
      expect(again.stderr).toMatch(/already exists/);
      const check = await sh(commands.check, { restored: restored.url });
      expect(check.code, check.stderr).toBe(0);
      const [countText, newest] = check.stdout.trim().split('|');
      const inDump = Number(countText);
      expect(inDump, `seed ${seed}: the dump is a moment in the middle of the pushes`).toBeGreaterThan(0);
      expect(inDump).toBeLessThan(createdBeforeLoss);
      expect(Date.parse(newest ?? ''), 'nothing received after the dump').toBeLessThanOrEqual(lastDumpEnded);
      // amcheck is for superusers.
      expect(await integrityCheck({ engine: 'postgres', url: restored.adminUrl })).toBe('ok');

      restoredServer = await startServer({ database: { engine: 'postgres', url: restored.url } });
      const afterRestore = await readStoredState(restoredServer.database, deviceIds);
      expect(afterRestore.records.size).toBe(inDump);
      for (const device of devices) {
        const id = device.credentials.deviceId;
        const kept = [...afterRestore.records.values()].filter((r) => r.deviceId === id);
        for (const record of kept) expect(record).toEqual({ ...device.created.get(record.id), deviceId: id });
        // Each device pushes its oldest records first, so a snapshot holds a first stretch of its seqs.
        expect(afterRestore.seqRanges.get(id)).toEqual(kept.length ? [{ first: 1, last: kept.length }] : []);
      }

      // The tablets push something new; the officer sees what the restore lost as gaps.
      for (const device of devices) {
        device.create(5);
        await device.drain(restoredServer.url);
      }
      const withGaps = await officerView(restoredServer.url);
      for (const device of devices) {
        const id = device.credentials.deviceId;
        const kept = afterRestore.seqRanges.get(id)?.[0]?.last ?? 0;
        const sent = sentBeforeLoss.get(id) ?? 0;
        expect(withGaps.get(id)?.gaps, `device ${id}`).toEqual(kept < sent ? [{ first: kept + 1, last: sent }] : []);
      }

      // Send again: every tablet re-queues what it sent; what the dump holds comes back as duplicates.
      for (const device of devices) {
        for (const record of device.created.values()) device.outbox.set(record.id, record);
        device.statusCounts.accepted = 0;
        device.statusCounts.duplicate = 0;
        await device.drain(restoredServer.url, { batchSize: 100 });
      }
      const accepted = devices.reduce((n, d) => n + d.statusCounts.accepted, 0);
      const duplicates = devices.reduce((n, d) => n + d.statusCounts.duplicate, 0);
      expect({ accepted, duplicates }).toEqual({ accepted: createdBeforeLoss - inDump, duplicates: inDump + 15 });

      await expectEveryRecordOnce(restoredServer.database, devices, `seed ${seed}`);
      const closed = await officerView(restoredServer.url);
      for (const device of devices) expect(closed.get(device.credentials.deviceId)?.gaps).toEqual([]);
      const { kept, recounted } = await aggregatesAndRecount(restoredServer.database);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept, 'the aggregate tables equal a recount from the records').toEqual(recounted);
    } finally {
      await restoredServer?.stop();
      await server.stop();
      await restored?.drop();
      rmSync(backupDir, { recursive: true, force: true });
    }
  });
});
