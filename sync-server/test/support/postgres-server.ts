// Finds the PostgreSQL the tests run against, for the globalSetup in postgres-template.ts: the
// configured one if it answers, else a throwaway cluster from the installed binaries, else Debian's
// postgresql installed with apt when root, else an error naming the command to run. Never skips.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { findPostgresBinaries, startThrowawayCluster } from './throwaway-cluster.ts';

const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL the tests are pointed at (FMP_TEST_DATABASE_URL, or the machine's own on 5432).
 * Tests read this until this module runs as their globalSetup; then they read `inject('postgresAdminUrl')`.
 */
export function configuredAdminUrl(): string {
  return process.env.FMP_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

/** Why `url` does not answer `SELECT 1` within `timeoutMs`, or undefined when it does. */
export async function whyNoAnswer(url: string, timeoutMs = 3000): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const withoutPassword = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

function aptInstallPostgres(): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env }).status === 0;
}

export interface TestPostgres {
  url: string;
  /** Which PostgreSQL this is, for the run's log. */
  description: string;
  stop: () => void;
}

export async function findTestPostgres(): Promise<TestPostgres> {
  const configured = configuredAdminUrl();
  const why = await whyNoAnswer(configured);
  if (!why) return { url: configured, description: `the one at ${withoutPassword(configured)}`, stop: () => undefined };

  let binaries = findPostgresBinaries();
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!binaries && isRoot && hasApt && aptInstallPostgres()) binaries = findPostgresBinaries();
  if (binaries) {
    const cluster = await startThrowawayCluster(binaries);
    const unusable = `${withoutPassword(configured)}: ${why}`;
    const description = `a throwaway one at ${cluster.url} from ${binaries.initdb}, in ${cluster.folder} (${unusable})`;
    return { url: cluster.url, description, stop: cluster.stop };
  }
  const install = hasApt
    ? `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}apt-get install -y postgresql`
    : "install PostgreSQL's server (initdb and pg_ctl) with the system's package manager";
  throw new Error(
    `No PostgreSQL for the tests: ${withoutPassword(configured)} does not answer (${why}), and initdb and pg_ctl ` +
      `are neither on the PATH nor in /usr/lib/postgresql/*/bin. Run:\n\n    ${install}\n\n` +
      'or set FMP_TEST_DATABASE_URL to a PostgreSQL that answers, then run the tests again.',
  );
}
