import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import {
  connectDatabase,
  migrateDatabase,
  type Database,
  type DatabaseLocation,
} from '../../src/db/connect-database.ts';
import { freshDatabase } from './fresh-database.ts';

export type TestEngine = 'sqlite' | 'postgres';

/** The engine this vitest project runs the server's tests on (`FMP_TEST_ENGINE`, set per project in vitest.config.ts). */
export function testEngine(): TestEngine {
  return process.env.FMP_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabaseLocation {
  location: DatabaseLocation;
  /** A SQLite data folder exists either way: the server keeps its lock and backups there. */
  dataDir: string;
  remove: () => Promise<void>;
}

/** A new empty place for a database on the project's engine: a temporary folder, or a fresh PostgreSQL database. */
export async function newDatabaseLocation(): Promise<TestDatabaseLocation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fmp-test-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (testEngine() === 'sqlite') {
    return { location: { engine: 'sqlite', dataDir }, dataDir, remove: () => Promise.resolve(removeDir()) };
  }
  const database = await freshDatabase(inject('postgresAdminUrl'), { template: inject('postgresTemplate') });
  return {
    location: { engine: 'postgres', url: database.url },
    dataDir,
    remove: async () => {
      removeDir();
      await database.drop();
    },
  };
}

/** A migrated database on the project's engine, and how to close and remove it. */
export async function newTestDatabase(): Promise<{
  db: Database;
  location: DatabaseLocation;
  cleanup: () => Promise<void>;
}> {
  const place = await newDatabaseLocation();
  const db = await connectDatabase(place.location);
  await migrateDatabase(db);
  return {
    db,
    location: place.location,
    cleanup: async () => {
      await db.close();
      await place.remove();
    },
  };
}
