import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_FILE_NAME } from '../../src/db/database.ts';
import { buildServer } from '../../../scripts/build-server.ts';
import type { DatabaseLocation } from '../../src/db/connect-database.ts';
import { newDatabaseLocation } from './test-database.ts';
import { freePort } from './free-port.ts';

export const PROCESS_ADMIN_PASSWORD = 'process admin password';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAX_LOG_CHARS = 64 * 1024;

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  dbFile: string;
  /** Where its database is: the SQLite file in `dataDir`, or the PostgreSQL database of the test project's engine. */
  database: DatabaseLocation;
  /** The process id while it runs. */
  pid: () => number | undefined;
  /** The newest part of what the server printed, for failure messages. */
  output: () => string;
  /** Kills the process (SIGKILL by default: no cleanup at all) and waits until it is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** Starts it again on the same port and data directory, and waits until it answers. */
  restart: () => Promise<void>;
  /** Stops it gracefully and deletes the data directory. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Defaults to a fresh temporary directory, deleted by `stop()`. */
  dataDir?: string;
  /** Another server's PostgreSQL database, to run a second process on it; a fresh one by default. */
  database?: DatabaseLocation;
  env?: Record<string, string>;
}

export async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      if ((await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

// Built once per test process, so that a test never starts a bundle older than the source.
let bundle: Promise<string> | undefined;
export const serverBundle = (): Promise<string> => (bundle ??= buildServer());

/** The environment of a server process on a loopback port and a data directory. */
export function serverEnv(port: number, dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    FMP_DATA_DIR: dataDir,
    FMP_ADMIN_PASSWORD: PROCESS_ADMIN_PASSWORD,
    ...extra,
  };
}

export interface ServerExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the server bundle with `env` on a free port and a temporary data directory, and waits for it
 * to end by itself: for settings that must stop it at start. Rejects when it is still running after `timeoutMs`.
 */
export async function runServerUntilExit(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerExit> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fmp-process-'));
  const child = spawn(process.execPath, [await serverBundle()], {
    cwd: REPO_ROOT,
    env: serverEnv(await freePort(), dataDir, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    return await new Promise<ServerExit>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the server still ran after ${timeoutMs} ms:\n${stdout}${stderr}`));
      }, timeoutMs);
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The real server, as `npm run serve` runs it (the bundle of `sync-server/src/main.ts`), as its own process on a free loopback port. */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const fresh = options.database ? undefined : await newDatabaseLocation();
  const database = options.database ?? fresh?.location ?? { engine: 'sqlite', dataDir: '' };
  const dataDir =
    options.dataDir ??
    (database.engine === 'sqlite' && fresh ? fresh.dataDir : mkdtempSync(join(tmpdir(), 'fmp-process-')));
  const databaseEnv: Record<string, string> = database.engine === 'postgres' ? { FMP_DATABASE_URL: database.url } : {};
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ChildProcess;
  const output = () => log;
  const bundleFile = await serverBundle();

  const launch = async () => {
    child = spawn(process.execPath, [bundleFile], {
      cwd: REPO_ROOT,
      env: serverEnv(port, dataDir, { ...databaseEnv, ...options.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (d: Buffer) => {
      log = (log + d.toString()).slice(-MAX_LOG_CHARS);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    await waitForHealth(url, child, output);
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };

  await launch();
  return {
    url,
    port,
    dataDir,
    dbFile: join(dataDir, DB_FILE_NAME),
    database: database.engine === 'sqlite' ? { engine: 'sqlite', dataDir } : database,
    pid: () => child.pid,
    output,
    kill,
    restart: launch,
    stop: async () => {
      await kill('SIGTERM');
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (database.engine === 'postgres') await fresh?.remove();
    },
  };
}
