import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { runChild } from '../src/ops/run-child.ts';
import { REPO_ROOT } from './support/server-process.ts';

const RELATIVE = 'fmp-callers-backups';

let caller: string;
let dataDir: string;
let strayInPackage: boolean;
beforeEach(() => {
  caller = mkdtempSync(join(tmpdir(), 'fmp-caller-'));
  dataDir = join(caller, 'data');
  const db = openDatabase(join(dataDir, DB_FILE_NAME));
  migrate(db);
  db.close();
  strayInPackage = existsSync(join(REPO_ROOT, RELATIVE));
});
afterEach(() => {
  rmSync(caller, { recursive: true, force: true });
  // Where the scripts wrote before they read INIT_CWD; never remove a folder that was there already.
  if (!strayInPackage) rmSync(join(REPO_ROOT, RELATIVE), { recursive: true, force: true });
});

/** `npm --prefix <package> run <script> -- <args>` typed in another folder. */
const npmFrom = (cwd: string, script: string, args: readonly string[], env: Record<string, string>) =>
  runChild('npm', ['--prefix', REPO_ROOT, 'run', '--silent', script, '--', ...args], {
    cwd,
    env: { ...process.env, ...env },
  });

describe('npm run backup and npm run restore from another folder', () => {
  it("read a relative path from the caller's folder, not from the package's", async () => {
    const backup = await npmFrom(caller, 'backup', [`./${RELATIVE}`], { FMP_DATA_DIR: dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    const [name = ''] = readdirSync(join(caller, RELATIVE));
    expect(name).toMatch(/^fmp-collect-\d{8}T\d{9}Z\.sqlite$/);

    const elsewhere = join(caller, 'restored');
    mkdirSync(elsewhere);
    const restore = await npmFrom(caller, 'restore', [`${RELATIVE}/${name}`], { FMP_DATA_DIR: elsewhere });
    expect(restore.code, restore.stderr).toBe(0);
    expect(existsSync(join(elsewhere, DB_FILE_NAME))).toBe(true);
  });
});
