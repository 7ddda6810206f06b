// A PostgreSQL of its own for a test run, from the server binaries installed on this machine: made in
// a temporary folder, listening on a free port of 127.0.0.1 with its socket in that folder, removed at the end.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

export interface ThrowawayCluster {
  url: string;
  folder: string;
  /** Stops the server and removes its folder; safe to call twice. Also runs when the process exits. */
  stop: () => void;
}

/** Where Debian and Ubuntu put each major version's server binaries, off the PATH. */
const DEBIAN_VERSIONS = '/usr/lib/postgresql';

const onPath = (command: string): string | undefined => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
};

/** `initdb` and `pg_ctl` from the PATH, else from the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBinaries(): PostgresBinaries | undefined {
  const initdb = onPath('initdb');
  const pgCtl = onPath('pg_ctl');
  if (initdb && pgCtl) return { initdb, pgCtl };
  if (!existsSync(DEBIAN_VERSIONS)) return undefined;
  const newestFirst = readdirSync(DEBIAN_VERSIONS).sort((a, b) => Number(b) - Number(a));
  for (const version of newestFirst) {
    const bin = join(DEBIAN_VERSIONS, version, 'bin');
    const binaries = { initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') };
    if (existsSync(binaries.initdb) && existsSync(binaries.pgCtl)) return binaries;
  }
  return undefined;
}

const idOf = (flag: '-u' | '-g', user: string) =>
  Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());

export interface ClusterOptions {
  /** The `postgres` user's password, asked for (SCRAM) on every connection; unset: trust, no password. */
  password?: string;
}

export async function startThrowawayCluster(
  binaries: PostgresBinaries,
  options: ClusterOptions = {},
): Promise<ThrowawayCluster> {
  const folder = mkdtempSync(join(tmpdir(), 'fmp-postgres-'));
  const data = join(folder, 'data');
  // initdb refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const giveToPostgres = (path: string) => {
    if (asRoot) chownSync(path, idOf('-u', 'postgres'), idOf('-g', 'postgres'));
  };
  giveToPostgres(folder);
  const passwordFile = join(folder, 'password');
  const auth = options.password === undefined ? ['-A', 'trust'] : ['-A', 'scram-sha-256', `--pwfile=${passwordFile}`];
  if (options.password !== undefined) {
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
    giveToPostgres(passwordFile);
  }
  const spawn = (command: string, args: readonly string[]) => {
    const [program, programArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    return {
      line: [program, ...programArgs].join(' '),
      result: spawnSync(program, programArgs, { cwd: folder, encoding: 'utf8' }),
    };
  };
  const run = (command: string, args: readonly string[]) => {
    const { line, result } = spawn(command, args);
    if (result.status === 0) return;
    const log = existsSync(join(folder, 'log')) ? readFileSync(join(folder, 'log'), 'utf8') : '';
    throw new Error(`${line} failed: ${result.error?.message ?? ''}${result.stderr}${log}`);
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    if (existsSync(join(data, 'postmaster.pid'))) spawn(binaries.pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run(binaries.initdb, ['-D', data, '-U', 'postgres', ...auth, '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // A throwaway: durability is not wanted, speed is.
    const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(binaries.pgCtl, ['-D', data, '-l', join(folder, 'log'), '-o', settings, '-w', '-t', '60', 'start']);
    const user = options.password === undefined ? 'postgres' : `postgres:${encodeURIComponent(options.password)}`;
    return { url: `postgres://${user}@127.0.0.1:${port}/postgres`, folder, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
