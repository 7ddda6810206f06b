import { configDefaults, defineConfig } from 'vitest/config';
import { catalogPlugin } from './client/build/catalog-plugin.ts';

/** Tests of what only SQLite has: its file, backups, restore, the data-folder lock, migrations of old files (decision 0065). */
const SQLITE_ONLY = [
  'sync-server/src/db/database.test.ts',
  'sync-server/src/db/migrate.test.ts',
  'sync-server/src/db/migrations/000*.test.ts',
  'sync-server/src/ops/**',
  'sync-server/test/backup-restore.test.ts',
  'sync-server/test/callers-folder.test.ts',
  'sync-server/test/data-dir-lock.test.ts',
  'sync-server/test/private-files.test.ts',
  'sync-server/test/restore-refusals.test.ts',
  'sync-server/test/scheduled-backups.test.ts',
  'sync-server/test/upgrade.test.ts',
];

/** Tests that need the PostgreSQL projects' globalSetup, whatever engine they are about. */
const POSTGRES_ONLY = [
  'sync-server/src/db/migrations/schema-parity.test.ts',
  'sync-server/src/db/migrate-postgres.test.ts',
  // pg_dump and pg_restore, and FMP_DATABASE_URL, have no SQLite side.
  'sync-server/test/bad-database-url.test.ts',
  'sync-server/test/postgres-restore-drill.test.ts',
  'sync-server/test/postgres-upgrade.test.ts',
  // A copy from SQLite into PostgreSQL needs both.
  'sync-server/src/db/copy/**',
  'sync-server/test/db-copy.test.ts',
];

/** Several server processes on one database: what PostgreSQL deployments do and SQLite's single file cannot. */
const SEVERAL_PROCESSES = ['sync-server/test/two-processes.test.ts'];

/** Tests of where the tests' PostgreSQL comes from: run once, in the SQLite project. */
const TEST_SUPPORT = ['sync-server/test/support/**'];

const postgres = {
  env: { FMP_TEST_ENGINE: 'postgres' },
  globalSetup: ['sync-server/test/support/postgres-template.ts'],
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['sync-server/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'sync-server/test/**', ...POSTGRES_ONLY],
          environment: 'node',
        },
      },
      {
        // The same server tests on PostgreSQL, a fresh database for each test server.
        test: {
          name: 'server-postgres',
          include: ['sync-server/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
          environment: 'node',
          ...postgres,
        },
      },
      {
        // The sync guarantees proven on the real server process over loopback: kills, a faulty network, replays.
        test: {
          name: 'sync-proof',
          include: ['sync-server/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY, ...SEVERAL_PROCESSES],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'sync-proof-postgres',
          include: ['sync-server/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY, ...TEST_SUPPORT],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          ...postgres,
        },
      },
      {
        // The app's catalogs come from the same plugin as in the build.
        plugins: [catalogPlugin()],
        test: {
          name: 'client',
          include: ['client/src/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['client/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
