import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { findPostgresBinaries, startThrowawayCluster } from './throwaway-cluster.ts';
import { configuredAdminUrl, whyNoAnswer } from './postgres-server.ts';

describe('a throwaway PostgreSQL cluster', () => {
  it('starts from the installed binaries in its own folder, answers, and is gone after stop', async () => {
    const binaries = findPostgresBinaries();
    expect(binaries, 'initdb and pg_ctl are installed on this machine').toBeDefined();
    if (!binaries) return;
    const cluster = await startThrowawayCluster(binaries);
    try {
      expect(existsSync(cluster.folder)).toBe(true);
      const client = new pg.Client(cluster.url);
      await client.connect();
      const { rows } = await client.query<{ data: string; socket: string; fsync: string }>(
        `SELECT current_setting('data_directory') AS data, current_setting('unix_socket_directories') AS socket,
                current_setting('fsync') AS fsync`,
      );
      await client.end();
      expect(rows).toEqual([{ data: `${cluster.folder}/data`, socket: cluster.folder, fsync: 'off' }]);
    } finally {
      cluster.stop();
    }
    expect(existsSync(cluster.folder)).toBe(false);
    expect(await whyNoAnswer(cluster.url, 1000)).toMatch(/ECONNREFUSED/);
    // The machine's own PostgreSQL is another server, untouched.
    expect(await whyNoAnswer(configuredAdminUrl())).toBeUndefined();
  });

  it('can be stopped twice', async () => {
    const binaries = findPostgresBinaries();
    if (!binaries) throw new Error('initdb and pg_ctl are not installed');
    const cluster = await startThrowawayCluster(binaries);
    cluster.stop();
    expect(() => cluster.stop()).not.toThrow();
  });
});
