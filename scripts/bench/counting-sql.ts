import type { Sql, SqlRunner, SqlValue } from '../../sync-server/src/db/sql.ts';

/** A `Sql` that counts the statements it runs, in transactions too (BEGIN and COMMIT aside): on PostgreSQL each is a round trip. */
export function countingSql(sql: Sql): { sql: Sql; statements: () => number } {
  let statements = 0;
  const counted = (runner: SqlRunner): SqlRunner => ({
    engine: runner.engine,
    all: <T>(text: string, params?: readonly SqlValue[]) => (statements++, runner.all<T>(text, params)),
    get: <T>(text: string, params?: readonly SqlValue[]) => (statements++, runner.get<T>(text, params)),
    run: (text: string, params?: readonly SqlValue[]) => (statements++, runner.run(text, params)),
  });
  const wrapped: Sql = {
    ...counted(sql),
    transaction: (work) => sql.transaction((tx) => work(counted(tx))),
    stream: (text, params, chunkRows) => sql.stream(text, params, chunkRows),
    close: () => sql.close(),
  };
  return { sql: wrapped, statements: () => statements };
}
