import type { SqlRunner } from './sql.ts';

/**
 * ` FOR UPDATE` on PostgreSQL, where a transaction that reads rows to decide a write must hold them
 * against other processes; nothing on SQLite, whose writing transactions run one at a time (decision 0063).
 */
export function forUpdate(db: SqlRunner): string {
  return db.engine === 'postgres' ? ' FOR UPDATE' : '';
}

/** The same, for a query that joins: only the rows of `table` (its name or alias) are held. */
export function forUpdateOf(db: SqlRunner, table: string): string {
  return db.engine === 'postgres' ? ` FOR UPDATE OF ${table}` : '';
}
