import type pg from 'pg';
import { quoted, type TablePlan } from './table-plan.ts';

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 65_535;

function insertStatement(plan: TablePlan, rows: number): pg.QueryConfig {
  const width = plan.columns.length;
  const tuples = Array.from({ length: rows }, (_, r) => `(${plan.columns.map((_c, c) => `$${r * width + c + 1}`).join(', ')})`);
  return {
    // Named: PostgreSQL parses and plans it once on this connection, then only binds each batch.
    name: `copy_${plan.name}_${rows}`,
    text: `INSERT INTO ${quoted(plan.name)} (${plan.columns.map((c) => quoted(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`,
  };
}

/** Inserts the rows with multi-row INSERTs of `batchRows` rows at most, holding one batch in memory at a time. */
export async function insertRows(client: pg.ClientBase, plan: TablePlan, rows: Iterable<unknown[]>, batchRows: number): Promise<number> {
  const perStatement = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS / plan.columns.length)));
  const statements = new Map<number, pg.QueryConfig>();
  let values: unknown[] = [];
  let inBatch = 0;
  let copied = 0;
  const flush = async () => {
    let statement = statements.get(inBatch);
    if (!statement) statements.set(inBatch, (statement = insertStatement(plan, inBatch)));
    await client.query({ ...statement, values });
    copied += inBatch;
    values = [];
    inBatch = 0;
  };
  for (const row of rows) {
    values.push(...row);
    inBatch += 1;
    if (inBatch === perStatement) await flush();
  }
  if (inBatch > 0) await flush();
  return copied;
}
