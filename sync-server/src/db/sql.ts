/** A value a query takes or gives back: both engines store text and integers only (decision 0062). */
export type SqlValue = string | number | null;

type Engine = 'sqlite' | 'postgres';

/**
 * What every store module speaks: SQL text with `?` placeholders, run on either engine.
 * The statements are written once, in the SQL both engines understand (decision 0062).
 */
export interface SqlRunner {
  readonly engine: Engine;
  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement that returns no rows; resolves to how many rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface Sql extends SqlRunner {
  /**
   * One transaction: committed when `work` resolves, rolled back when it throws. On PostgreSQL a
   * transaction that lost a deadlock or a serialisation check is run again, so `work` must only
   * touch the database (decision 0063).
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Rows in chunks, from a snapshot of their own that never blocks writers: exports. */
  stream<T>(text: string, params: readonly SqlValue[], chunkRows: number): AsyncGenerator<T[]>;
  close(): Promise<void>;
}
