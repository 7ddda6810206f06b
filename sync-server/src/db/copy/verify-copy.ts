import type pg from 'pg';
import { compareTables, type SqliteSide, type TableDifference } from './compare-tables.ts';
import type { TablePlan } from './table-plan.ts';

export class CopyDiffersError extends Error {
  constructor(readonly differences: readonly TableDifference[]) {
    super(`The copy differs from the SQLite database: ${differences.map((d) => d.says).join('; ')}.`);
  }
}

/** Throws unless every table has the same row count and the same content hash on both sides. */
export async function verifyCopy(
  source: SqliteSide,
  target: pg.ClientBase,
  plans: readonly TablePlan[],
): Promise<void> {
  const differences = await compareTables(source, target, plans);
  if (differences.length > 0) throw new CopyDiffersError(differences);
}
