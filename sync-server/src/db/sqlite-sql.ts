import type Database from 'better-sqlite3';
import { boundPageCache, openDatabase, type Db } from './database.ts';
import type { Sql, SqlRunner, SqlValue } from './sql.ts';
import { Mutex } from './mutex.ts';

type Statement = Database.Statement<SqlValue[], unknown>;

const MAX_STATEMENTS = 1000;

/**
 * better-sqlite3 behind the async interface. It runs each statement synchronously; only a transaction
 * spans awaits, so while one is open every other statement waits for it (decision 0062).
 */
export class SqliteSql implements Sql {
  readonly engine = 'sqlite' as const;
  readonly #statements = new Map<string, Statement>();
  readonly #mutex = new Mutex();

  constructor(
    readonly db: Db,
    readonly file: string,
  ) {}

  all<T>(text: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#whenFree(() => this.#prepare(text).all(...params) as T[]);
  }

  get<T>(text: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.#whenFree(() => this.#prepare(text).get(...params) as T | undefined);
  }

  run(text: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#whenFree(() => this.#prepare(text).run(...params).changes);
  }

  async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const release = await this.#mutex.acquire();
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.#inTransaction);
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      release();
    }
  }

  async *stream<T>(text: string, params: readonly SqlValue[], chunkRows: number): AsyncGenerator<T[]> {
    // A read-only connection of its own: a consistent snapshot that never blocks pushes on the main one.
    const reader = boundPageCache(openDatabase(this.file, { readonly: true }));
    try {
      let chunk: T[] = [];
      for (const row of reader.prepare<SqlValue[], T>(text).iterate(...params)) {
        chunk.push(row);
        if (chunk.length < chunkRows) continue;
        yield chunk;
        chunk = [];
      }
      if (chunk.length > 0) yield chunk;
    } finally {
      reader.close();
    }
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  /** The statements of the transaction that holds the connection: they must not wait for it. */
  readonly #inTransaction: SqlRunner = {
    engine: 'sqlite',
    all: <T>(text: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(this.#prepare(text).all(...params) as T[]),
    get: <T>(text: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(this.#prepare(text).get(...params) as T | undefined),
    run: (text: string, params: readonly SqlValue[] = []) =>
      Promise.resolve(this.#prepare(text).run(...params).changes),
  };

  async #whenFree<T>(statement: () => T): Promise<T> {
    if (!this.#mutex.held) return statement();
    const release = await this.#mutex.acquire();
    try {
      return statement();
    } finally {
      release();
    }
  }

  #prepare(text: string): Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      // Filters make a few hundred texts at most; the bound only guards against a caller that builds more.
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      statement = this.db.prepare<SqlValue[], unknown>(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }
}
