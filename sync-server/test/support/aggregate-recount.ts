import { connectDatabase, type DatabaseLocation } from '../../src/db/connect-database.ts';
import { rebuildCubeForFmp } from '../../src/aggregates/rebuild-cube.ts';
import type { SqlRunner } from '../../src/db/sql.ts';

type Tables = Record<'fmr_cube' | 'fmr_daily' | 'fmr_monthly', string[]>;

async function readTables(db: SqlRunner): Promise<Tables> {
  // Sorted whole, row by row: a table's rows are compared as a set.
  const rows = async (table: string) =>
    (await db.all(`SELECT * FROM ${table}`)).map((row) => JSON.stringify(row)).sort();
  return {
    fmr_cube: await rows('fmr_cube'),
    fmr_daily: await rows('fmr_daily'),
    fmr_monthly: await rows('fmr_monthly'),
  };
}

class RolledBack extends Error {}

/**
 * The aggregate tables as stored, and as a recount of every FMR record makes them: recounted inside a
 * transaction that is then rolled back, so the database is left as it was.
 */
export async function storedAndRecountedAggregates(
  location: DatabaseLocation,
): Promise<{ stored: Tables; recounted: Tables }> {
  const db = await connectDatabase(location);
  let stored: Tables | undefined;
  let recounted: Tables | undefined;
  try {
    await db.transaction(async (tx) => {
      stored = await readTables(tx);
      for (const { code } of await tx.all<{ code: string }>('SELECT code FROM fmps')) await rebuildCubeForFmp(tx, code);
      recounted = await readTables(tx);
      throw new RolledBack();
    });
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  } finally {
    await db.close();
  }
  if (!stored || !recounted) throw new Error('the recount did not run');
  return { stored, recounted };
}
