import Database from 'better-sqlite3';
import type pg from 'pg';
import { migrate } from '../migrate.ts';
import { compareTables, readFromSqlite, rowsText } from './compare-tables.ts';
import { CopyRefusedError } from './copy-errors.ts';
import { foreignTables, targetTables } from './target-tables.ts';
import { quoted, type TablePlan } from './table-plan.ts';

/** Tables named in a refusal: enough to recognise what the database holds, in a line. */
const SHOWN = 4;

/** A database straight from the migrations, in memory: what an empty one holds (migration 1's seed FMPs, say). */
function newlyMigrated(): Database.Database {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

/**
 * Refuses a target that holds anything a newly migrated database does not: a row in any table, the
 * seed FMPs changed, or a table fmp-collect has none of. Tables not made yet count as empty.
 * Returns the tables that hold the migrations' own rows, which the copy replaces.
 */
export async function requireFreshTarget(
  client: pg.ClientBase,
  plans: readonly TablePlan[],
  target: string,
): Promise<TablePlan[]> {
  const tables = await targetTables(client);
  const foreign = foreignTables(tables, plans);
  if (foreign.length > 0) {
    throw new CopyRefusedError(
      `${target} holds tables fmp-collect does not have (${foreign.join(', ')}): copy into a new, empty database.`,
    );
  }
  const present = plans.filter((p) => tables.has(p.name));
  const fresh = newlyMigrated();
  try {
    const differences = await compareTables(readFromSqlite(fresh), client, present);
    if (differences.length > 0) {
      const held = differences.map((d) =>
        d.postgresRows === d.sqliteRows ? `other rows in ${d.table}` : `${rowsText(d.postgresRows)} in ${d.table}`,
      );
      const more = held.length > SHOWN ? `, and ${held.length - SHOWN} more tables` : '';
      throw new CopyRefusedError(
        `${target} is not a new, empty database (${held.slice(0, SHOWN).join(', ')}${more}): copy into one made for it.`,
      );
    }
    return present.filter((p) => fresh.prepare(`SELECT 1 FROM ${quoted(p.name)} LIMIT 1`).get() !== undefined);
  } finally {
    fresh.close();
  }
}
