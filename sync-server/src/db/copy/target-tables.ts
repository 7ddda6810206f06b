import type pg from 'pg';
import { CopyRefusedError } from './copy-errors.ts';
import type { TablePlan } from './table-plan.ts';

/** PostgreSQL's record of the schema version; SQLite keeps it in `user_version`, outside any table. */
const POSTGRES_ONLY_TABLES = new Set(['schema_version']);

/** The tables of the target's schema (the first on its search path), with their columns. */
export async function targetTables(client: pg.ClientBase): Promise<Map<string, Set<string>>> {
  const { rows } = await client.query<{ table: string; column: string }>(`
    SELECT c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`);
  const tables = new Map<string, Set<string>>();
  for (const { table, column } of rows) tables.set(table, (tables.get(table) ?? new Set()).add(column));
  return tables;
}

/** Tables in the target that fmp-collect has none of: a database used for something else. */
export function foreignTables(tables: ReadonlyMap<string, unknown>, plans: readonly TablePlan[]): string[] {
  const known = new Set([...plans.map((p) => p.name), ...POSTGRES_ONLY_TABLES]);
  return [...tables.keys()].filter((name) => !known.has(name)).sort();
}

/** After migrating: every SQLite table and column has its place in PostgreSQL, and PostgreSQL has no table SQLite lacks. */
export async function requireSameTables(client: pg.ClientBase, plans: readonly TablePlan[]): Promise<void> {
  const tables = await targetTables(client);
  const problems: string[] = [];
  for (const plan of plans) {
    const columns = tables.get(plan.name);
    if (!columns) {
      problems.push(`PostgreSQL has no table ${plan.name}`);
      continue;
    }
    const sqliteColumns = new Set(plan.columns.map((c) => c.name));
    for (const column of sqliteColumns)
      if (!columns.has(column)) problems.push(`PostgreSQL has no column ${plan.name}.${column}`);
    for (const column of columns)
      if (!sqliteColumns.has(column)) problems.push(`SQLite has no column ${plan.name}.${column}`);
  }
  for (const name of foreignTables(tables, plans)) problems.push(`SQLite has no table ${name}`);
  if (problems.length > 0) throw new CopyRefusedError(`The two schemas differ: ${problems.join('; ')}.`);
}
