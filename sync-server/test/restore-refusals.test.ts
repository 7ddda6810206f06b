import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom } from './support/random.ts';
import { runNpmScript } from './support/run-npm-script.ts';
import { fingerprint } from './support/fingerprint.ts';
import { damagePages } from './support/damage-file.ts';

let server: ServerProcess;
let backupDir: string;
let backupFile: string;
const env = () => ({ FMP_DATA_DIR: server.dataDir });

beforeEach(async () => {
  server = await startServer();
  backupDir = mkdtempSync(join(tmpdir(), 'fmp-backups-'));
  const credentials = (await enrollDevices(server.url, 1))[0] ?? expect.unreachable('a device enrolled');
  const device = new SimDevice(credentials, seededRandom(7));
  device.create(200);
  await device.drain(server.url, { batchSize: 100 });
  const backup = await runNpmScript('backup', [backupDir], env());
  expect(backup.code, backup.stderr).toBe(0);
  backupFile = join(backupDir, readdirSync(backupDir)[0] ?? '');
});
afterEach(async () => {
  await server.stop();
  rmSync(backupDir, { recursive: true, force: true });
});

describe('npm run restore', () => {
  it('refuses while the server runs, and the server goes on answering', async () => {
    const run = await runNpmScript('restore', [backupFile], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Restore refused: The server \(pid \d+, since .*\) is using this data directory\. Stop it first\./,
    );
    expect(readdirSync(server.dataDir)).not.toContain('replaced');
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it.each([
    ['with damaged pages', (file: string) => damagePages(file)],
    ['that is not SQLite at all', (file: string) => writeFileSync(file, 'not a database\n'.repeat(1000))],
  ])('refuses a backup %s and changes nothing', async (_what, spoil) => {
    await server.kill('SIGTERM');
    spoil(backupFile);
    const before = fingerprint(server.dataDir);
    const run = await runNpmScript('restore', [backupFile], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Restore refused: .*(integrity_check|cannot be (opened|read) as SQLite|not an fmp-collect database)/,
    );
    expect(fingerprint(server.dataDir)).toEqual(before);
    await server.restart();
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it('says how to use it when no file is named', async () => {
    const run = await runNpmScript('restore', [], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run restore -- <backup file>');
  });
});

describe('the data directory lock', () => {
  it('stops a second server on the same data directory, naming the first', async () => {
    await expect(startServer({ dataDir: server.dataDir })).rejects.toThrow(
      /server exited \(1\)[\s\S]*The server \(pid \d+, since .*\) is using this data directory\. Stop it first\./,
    );
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });
});
