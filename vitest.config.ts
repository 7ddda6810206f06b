import { configDefaults, defineConfig } from 'vitest/config';
import { catalogPlugin } from './client/build/catalog-plugin.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['sync-server/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'sync-server/test/**'],
          environment: 'node',
        },
      },
      {
        // The sync guarantees proven on the real server process over loopback: kills, a faulty network, replays.
        test: {
          name: 'sync-proof',
          include: ['sync-server/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
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
