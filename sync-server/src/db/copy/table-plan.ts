import type { Db } from '../database.ts';

export interface CopiedColumn {
  name: string;
  /** INTEGER in SQLite (INTEGER or BIGINT in PostgreSQL); otherwise TEXT on both. */
  integer: boolean;
}

/** One table to copy, as the SQLite schema declares it. */
export interface TablePlan {
  name: string;
  columns: CopiedColumn[];
  primaryKey: string[];
  /** Tables its foreign keys point at, itself left out. */
  references: string[];
}

const COPIED_TYPES: Readonly<Record<string, boolean>> = { INTEGER: true, TEXT: false };

/** `"name"`: an identifier both engines read the same way. */
export const quoted = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** Every row of a table in primary-key order, which is the same order on both engines (text compares bytewise on both). */
export function orderedSelect(plan: TablePlan): string {
  const columns = plan.columns.map((c) => quoted(c.name)).join(', ');
  return `SELECT ${columns} FROM ${quoted(plan.name)} ORDER BY ${plan.primaryKey.map(quoted).join(', ')}`;
}

function readTable(db: Db, name: string): TablePlan {
  const columns = db
    .prepare<[string], { name: string; type: string; pk: number }>(
      'SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid',
    )
    .all(name);
  const primaryKey = columns
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  if (primaryKey.length === 0)
    throw new Error(`SQLite table ${name} has no primary key: its rows have no order to compare by.`);
  const references = db
    .prepare<[string], { table: string }>('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)')
    .all(name)
    .map((r) => r.table)
    .filter((table) => table !== name);
  return {
    name,
    columns: columns.map((c) => {
      const integer = COPIED_TYPES[c.type.toUpperCase()];
      if (integer === undefined)
        throw new Error(`SQLite column ${name}.${c.name} is ${c.type}: only INTEGER and TEXT are copied.`);
      return { name: c.name, integer };
    }),
    primaryKey,
    references,
  };
}

/** Referenced tables first, so that every row's foreign keys already have their rows when it is inserted. */
function inInsertOrder(tables: readonly TablePlan[]): TablePlan[] {
  const ordered: TablePlan[] = [];
  const placed = new Set<string>();
  let waiting = [...tables];
  while (waiting.length > 0) {
    const ready = waiting.filter((t) => t.references.every((r) => placed.has(r)));
    if (ready.length === 0)
      throw new Error(`Foreign keys in a cycle or to missing tables: ${waiting.map((t) => t.name).join(', ')}.`);
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
    waiting = waiting.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** The tables of a SQLite database, read from its schema, in an order their rows can be inserted in. */
export function readTablePlans(db: Db): TablePlan[] {
  const names = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  return inInsertOrder(names.map((name) => readTable(db, name)));
}
