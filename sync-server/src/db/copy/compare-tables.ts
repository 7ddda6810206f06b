import type pg from 'pg';
import type { Db } from '../database.ts';
import { quoted, type TablePlan } from './table-plan.ts';
import { postgresDigest, sqliteDigest, type TableDigest } from './table-digest.ts';

/** `1 row`, `2 rows`. */
export const rowsText = (n: number): string => `${n} ${n === 1 ? 'row' : 'rows'}`;

/** A table whose rows differ between a SQLite and a PostgreSQL database, said in a line. */
export interface TableDifference {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  /** Why, for the operator. */
  says: string;
}

/** The SQLite side of a comparison: read from the database, or digested while the rows were copied. */
export interface SqliteSide {
  count: (plan: TablePlan) => number;
  digest: (plan: TablePlan) => TableDigest;
}

export function readFromSqlite(db: Db): SqliteSide {
  return {
    count: (plan) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoted(plan.name)}`).get()?.n ?? 0,
    digest: (plan) => sqliteDigest(db, plan),
  };
}

export function alreadyDigested(digests: ReadonlyMap<string, TableDigest>): SqliteSide {
  const of = (plan: TablePlan) => digests.get(plan.name) ?? { rows: 0, sha256: '' };
  return { count: (plan) => of(plan).rows, digest: of };
}

/**
 * Each table's row count, then, where the counts agree, its content hash, on both sides. Counting
 * first answers quickly for a table that holds a million rows on one side only.
 */
export async function compareTables(
  sqlite: SqliteSide,
  postgres: pg.ClientBase,
  plans: readonly TablePlan[],
): Promise<TableDifference[]> {
  const differences: TableDifference[] = [];
  for (const plan of plans) {
    const sqliteRows = sqlite.count(plan);
    const postgresRows = Number(
      (await postgres.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(plan.name)}`)).rows[0]?.n ?? 0,
    );
    if (sqliteRows !== postgresRows) {
      differences.push({
        table: plan.name,
        sqliteRows,
        postgresRows,
        says: `${plan.name}: ${rowsText(sqliteRows)} in SQLite, ${postgresRows} in PostgreSQL`,
      });
      continue;
    }
    if (sqliteRows === 0) continue;
    const [left, right] = [sqlite.digest(plan), await postgresDigest(postgres, plan)];
    if (left.sha256 !== right.sha256 || left.rows !== right.rows) {
      const hashes = `sha256 ${left.sha256.slice(0, 12)}… in SQLite, ${right.sha256.slice(0, 12)}… in PostgreSQL`;
      differences.push({
        table: plan.name,
        sqliteRows,
        postgresRows,
        says: `${plan.name}: ${rowsText(sqliteRows)} on both sides, but their content differs (${hashes})`,
      });
    }
  }
  return differences;
}
