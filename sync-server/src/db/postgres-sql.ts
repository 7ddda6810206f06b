import pg from 'pg';
import Cursor from 'pg-cursor';
import type { Sql, SqlRunner, SqlValue } from './sql.ts';
import { numberPlaceholders } from './placeholders.ts';

/** Counts and sums come back as numbers, as on SQLite: every count here stays far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** SQLSTATEs after which PostgreSQL asks for the whole transaction to be tried again. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

function runnerOn(client: pg.Pool | pg.PoolClient): SqlRunner {
  const query = (text: string, params: readonly SqlValue[] = []) =>
    client.query({ text: numberPlaceholders(text), values: params as SqlValue[] });
  return {
    engine: 'postgres',
    all: async <T>(text: string, params?: readonly SqlValue[]) => (await query(text, params)).rows as T[],
    get: async <T>(text: string, params?: readonly SqlValue[]) => (await query(text, params)).rows[0] as T | undefined,
    run: async (text, params) => (await query(text, params)).rowCount ?? 0,
  };
}

const sqlState = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/** node-postgres: a pool of connections for requests, a cursor for exports. */
export class PostgresSql implements Sql {
  readonly engine = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly #runner: SqlRunner;
  /** Connections lent to exports; a download nobody reads any more must not keep `close` waiting. */
  readonly #streaming = new Set<pg.PoolClient>();

  constructor(connectionString: string, options: { poolSize?: number } = {}) {
    // A host that drops packets silently must not keep the server waiting forever at start.
    this.pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? 10,
      types: TYPES,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection the server dropped must not take the process down; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.#runner = runnerOn(this.pool);
  }

  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.#runner.all<T>(text, params);
  }

  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.#runner.get<T>(text, params);
  }

  run(text: string, params?: readonly SqlValue[]): Promise<number> {
    return this.#runner.run(text, params);
  }

  async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(runnerOn(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(err) ?? '')) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      } finally {
        client.release();
      }
    }
  }

  async *stream<T>(text: string, params: readonly SqlValue[], chunkRows: number): AsyncGenerator<T[]> {
    const client = await this.pool.connect();
    this.#streaming.add(client);
    try {
      // One snapshot for the whole file, as SQLite's read transaction gives.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const cursor = client.query(new Cursor<T>(numberPlaceholders(text), params as SqlValue[], { types: TYPES }));
      try {
        for (;;) {
          const rows = await cursor.read(chunkRows);
          if (rows.length === 0) break;
          yield rows;
        }
      } finally {
        await cursor.close();
        await client.query('COMMIT');
      }
    } finally {
      if (this.#streaming.delete(client)) client.release();
    }
  }

  /** Once; closing again does nothing. */
  async close(): Promise<void> {
    if (this.pool.ended) return;
    for (const client of this.#streaming) client.release(new Error('The database is closing.'));
    this.#streaming.clear();
    await this.pool.end();
  }
}
