import type pg from 'pg';
import type { Db } from '../database.ts';
import { migratePostgres } from '../migrate-postgres.ts';
import { urlWithoutPassword } from '../url-without-password.ts';
import { lockDataDir } from '../../ops/data-dir-lock.ts';
import { CopyRefusedError, CopyRolledBackError, describeError } from './copy-errors.ts';
import { requireFreshTarget } from './fresh-target.ts';
import { moveIdentitySequences } from './identity-sequences.ts';
import { insertRows } from './insert-rows.ts';
import { openSource, sourceFile } from './source-database.ts';
import { DigestBuilder, sqliteRows, type TableDigest } from './table-digest.ts';
import { alreadyDigested } from './compare-tables.ts';
import { quoted, readTablePlans, type TablePlan } from './table-plan.ts';
import { connectTarget } from './target-database.ts';
import { requireSameTables } from './target-tables.ts';
import { verifyCopy } from './verify-copy.ts';

export interface CopyOptions {
  /** The SQLite data folder; it stays locked against servers and restores until the copy ends. */
  dataDir: string;
  targetUrl: string;
  /** Rows per INSERT at most; a wide table gets fewer, to stay under PostgreSQL's parameter limit. */
  batchRows?: number;
  onTableCopied?: (table: TableCopied) => void;
  /** Test seam: runs after each table's rows are in, inside the transaction; a throw rolls the whole copy back. */
  afterTable?: (table: string, target: pg.ClientBase) => Promise<void>;
}

interface TableCopied {
  name: string;
  rows: number;
  seconds: number;
}

export interface CopyResult {
  source: string;
  schemaVersion: number;
  /** The target's URL without its password. */
  target: string;
  tables: TableCopied[];
  copySeconds: number;
  verifySeconds: number;
  seconds: number;
}

const DEFAULT_BATCH_ROWS = 1000;
const LOCK_TIMEOUT = '10s';
const LOCK_NOT_AVAILABLE = '55P03';

function* digested(rows: Iterable<unknown[]>, digest: DigestBuilder): Generator<unknown[]> {
  for (const row of rows) {
    digest.add(row);
    yield row;
  }
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

/** Every table, its rows checked and copied, in one transaction: it commits whole, or the target keeps none of it. */
async function copyInOneTransaction(
  source: Db,
  client: pg.ClientBase,
  plans: readonly TablePlan[],
  options: CopyOptions,
  target: string,
) {
  const tables: TableCopied[] = [];
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    try {
      // Others' writes wait until the copy ends; a transaction already holding one of the tables makes the copy give up instead.
      await client.query(`LOCK TABLE ${plans.map((p) => quoted(p.name)).join(', ')} IN EXCLUSIVE MODE`);
    } catch (err) {
      if ((err as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw err;
      throw new CopyRefusedError(
        `Another connection is using ${target} (a server started on it?): stop it, then copy.`,
      );
    }
    // Checked again under the lock: nothing may have arrived since the check before migrating.
    const seeded = await requireFreshTarget(client, plans, target);
    for (const plan of [...seeded].reverse()) await client.query(`DELETE FROM ${quoted(plan.name)}`);

    const copyStart = performance.now();
    const digests = new Map<string, TableDigest>();
    for (const plan of plans) {
      const start = performance.now();
      let rows: number;
      try {
        // Each row is digested as it is read for the insert: the SQLite side of the verification, without reading it twice.
        const digest = new DigestBuilder(plan);
        rows = await insertRows(
          client,
          plan,
          digested(sqliteRows(source, plan), digest),
          options.batchRows ?? DEFAULT_BATCH_ROWS,
        );
        digests.set(plan.name, digest.result());
      } catch (err) {
        throw new Error(`Copying ${plan.name}: ${describeError(err)}`);
      }
      const copied = { name: plan.name, rows, seconds: secondsSince(start) };
      tables.push(copied);
      options.onTableCopied?.(copied);
      await options.afterTable?.(plan.name, client);
    }
    const copySeconds = secondsSince(copyStart);

    const verifyStart = performance.now();
    await verifyCopy(alreadyDigested(digests), client, plans);
    const verifySeconds = secondsSince(verifyStart);
    await moveIdentitySequences(client);
    await client.query('COMMIT');
    return { tables, copySeconds, verifySeconds };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (err instanceof CopyRefusedError) throw err;
    throw new CopyRolledBackError(describeError(err));
  }
}

/**
 * Copies the data folder's SQLite database into an empty PostgreSQL database: migrates the target to
 * the newest schema, refuses it if it holds anything, copies every table with its ids, verifies row
 * counts and content hashes, and moves the identity sequences past the copied ids.
 */
export async function copySqliteToPostgres(options: CopyOptions): Promise<CopyResult> {
  const started = performance.now();
  const target = urlWithoutPassword(options.targetUrl);
  const file = sourceFile(options.dataDir);
  const unlock = lockDataDir(options.dataDir, 'copy');
  try {
    const source = openSource(file);
    try {
      const plans = readTablePlans(source.db);
      const sql = await connectTarget(options.targetUrl);
      try {
        const client = await sql.pool.connect();
        try {
          // Before migrating, so that a target holding anything is refused unchanged.
          await client.query('BEGIN READ ONLY');
          await requireFreshTarget(client, plans, target).finally(() => client.query('COMMIT'));
          await migratePostgres(sql);
          await requireSameTables(client, plans);
          const copied = await copyInOneTransaction(source.db, client, plans, options, target);
          return {
            source: source.file,
            schemaVersion: source.schemaVersion,
            target,
            ...copied,
            seconds: secondsSince(started),
          };
        } finally {
          client.release();
        }
      } finally {
        await sql.close();
      }
    } finally {
      source.db.close();
    }
  } finally {
    unlock();
  }
}
