import { describe, expect, inject, it } from 'vitest';
import { runServerUntilExit, startServer } from './support/server-process.ts';
import { connectDatabase, type DatabaseLocation } from '../src/db/connect-database.ts';
import { latestSchemaVersion } from '../src/db/migrate.ts';
import { freshDatabase } from './support/fresh-database.ts';

async function onDatabase<T>(
  location: DatabaseLocation,
  work: (db: Awaited<ReturnType<typeof connectDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await connectDatabase(location);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const health = async (url: string) => (await fetch(`${url}/api/v1/health`)).json() as Promise<Record<string, unknown>>;

describe('server processes of one PostgreSQL across an upgrade', () => {
  it('migrate an empty database once when two start at the same moment, and both serve', async () => {
    const database = await freshDatabase(inject('postgresAdminUrl'));
    const location: DatabaseLocation = { engine: 'postgres', url: database.url };
    const started = await Promise.allSettled([
      startServer({ database: location }),
      startServer({ database: location }),
    ]);
    const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      expect(started.filter((s) => s.status === 'rejected')).toEqual([]);
      for (const server of servers) {
        expect(await health(server.url)).toMatchObject({
          status: 'ok',
          db: 'postgres',
          schemaVersion: latestSchemaVersion(),
        });
      }
      expect(await onDatabase(location, (db) => db.all('SELECT version FROM schema_version'))).toEqual([
        { version: latestSchemaVersion() },
      ]);
      expect(servers.filter((s) => s.output().includes('First start: created user'))).toHaveLength(1);
    } finally {
      for (const server of servers) await server.stop();
      await database.drop();
    }
  });

  it('refuses to start an older release on a database a newer one has migrated, and changes nothing', async () => {
    const running = await startServer();
    try {
      const newer = latestSchemaVersion() + 1;
      await onDatabase(running.database, (db) => db.run('UPDATE schema_version SET version = ?', [newer]));
      const url =
        running.database.engine === 'postgres' ? running.database.url : expect.unreachable('a PostgreSQL database');

      const exit = await runServerUntilExit({ FMP_DATABASE_URL: url });
      expect(exit).toEqual({
        code: 1,
        stdout: '',
        stderr:
          `The database is at schema version ${newer}, newer than this code (${latestSchemaVersion()}). ` +
          'Run the newer fmp-collect release, or restore a backup made by this one.\n',
      });
      expect(await onDatabase(running.database, (db) => db.all('SELECT version FROM schema_version'))).toEqual([
        { version: newer },
      ]);
      // The process that was already running keeps serving until it is upgraded in its turn.
      expect(await health(running.url)).toMatchObject({ status: 'ok', schemaVersion: newer });
    } finally {
      await running.stop();
    }
  });
});
