import type pg from 'pg';
import { quoted, type TablePlan } from './table-plan.ts';

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

function insertStatement(plan: TablePlan, rows: number): pg.QueryConfig {
  const width = plan.columns.length;
  const tuples = Array.from(
    { length: rows },
    (_, r) => `(${plan.columns.map((_c, c) => `$${r * width + c + 1}`).join(', ')})`,
  );
  return {
    // Named: PostgreSQL parses and plans it once on this connection, then only binds each batch.
    name: `copy_${plan.name}_${rows}`,
    text: `INSERT INTO ${quoted(plan.name)} (${plan.columns.map((c) => quoted(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`,
  };
}

/**
 * Inserts the rows with multi-row INSERTs of `batchRows` rows at most. One statement runs at a time;
 * the next batch is read while it runs, so at most two batches are held in memory.
 */
export async function insertRows(
  client: pg.ClientBase,
  plan: TablePlan,
  rows: Iterable<unknown[]>,
  batchRows: number,
): Promise<number> {
  const perStatement = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS / plan.columns.length)));
  const statements = new Map<number, pg.QueryConfig>();
  let running: Promise<unknown> = Promise.resolve();
  let values: unknown[] = [];
  let inBatch = 0;
  let copied = 0;
  const send = async () => {
    await running;
    let statement = statements.get(inBatch);
    if (!statement) statements.set(inBatch, (statement = insertStatement(plan, inBatch)));
    const insert = client.query({ ...statement, values });
    // Awaited by the next send or at the end; until then a failure must not count as unhandled.
    insert.catch(() => undefined);
    running = insert;
    copied += inBatch;
    values = [];
    inBatch = 0;
  };
  for (const row of rows) {
    values.push(...row);
    inBatch += 1;
    if (inBatch === perStatement) await send();
  }
  if (inBatch > 0) await send();
  await running;
  return copied;
}
