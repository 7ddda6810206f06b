// The shape of a database schema, read the same way from SQLite and from PostgreSQL, so the two can
// be compared with one toEqual: tables, columns, keys, indexes, foreign keys and CHECK counts.
import type { Db } from '../../src/db/database.ts';
import type pg from 'pg';

interface ColumnShape {
  name: string;
  /** `text` compares bytewise (SQLite's BINARY, PostgreSQL's "C"); any other collation is named. */
  type: string;
  notNull: boolean;
  /** The default's SQL without PostgreSQL's cast (`'[]'::text` is `'[]'`), or null. */
  default: string | null;
  /** An id the engine assigns when none is given: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity. */
  assignedId: boolean;
}

interface IndexShape {
  name: string;
  unique: boolean;
  columns: string[];
}

interface ForeignKeyShape {
  columns: string[];
  references: string;
  referencedColumns: string[];
}

interface TableShape {
  columns: ColumnShape[];
  primaryKey: string[];
  /** UNIQUE constraints, each by its columns. */
  unique: string[][];
  /** Indexes made by CREATE INDEX, not those behind a key or a UNIQUE constraint. */
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
  checks: number;
}

export type SchemaShape = Record<string, TableShape>;

const byJson = <T>(items: T[]): T[] => items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** CHECKs in a table's CREATE statement, comments and quoted text left out. */
function countChecks(createSql: string): number {
  const code = createSql
    .replace(/--[^\n]*/g, '')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""');
  return code.match(/\bCHECK\s*\(/gi)?.length ?? 0;
}

export function sqliteSchemaShape(db: Db): SchemaShape {
  const tables = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all();
  const shape: SchemaShape = {};
  for (const table of tables) {
    // Columns are compared without collations on this side: none is declared.
    if (/\bCOLLATE\b/i.test(table.sql))
      throw new Error(`${table.name} declares a collation: read it here before comparing`);
    const columns = db
      .prepare<[string], { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
        'SELECT * FROM pragma_table_info(?) ORDER BY cid',
      )
      .all(table.name);
    const primaryKey = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const withoutRowid = /\bWITHOUT\s+ROWID\b/i.test(table.sql);
    const indexList = db
      .prepare<[string], { name: string; unique: number; origin: string }>('SELECT * FROM pragma_index_list(?)')
      .all(table.name);
    const indexColumns = (index: string) =>
      db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
        .all(index)
        .map((c) => c.name);
    const foreignKeys = db
      .prepare<[string], { id: number; table: string; from: string; to: string }>(
        'SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq',
      )
      .all(table.name);
    shape[table.name] = {
      columns: columns.map((c) => ({
        name: c.name,
        type: c.type.toLowerCase(),
        // Every table is STRICT or WITHOUT ROWID, where a primary key column cannot be NULL.
        notNull: c.notnull === 1 || c.pk > 0,
        default: c.dflt_value,
        assignedId: !withoutRowid && primaryKey.length === 1 && c.pk === 1 && c.type.toUpperCase() === 'INTEGER',
      })),
      primaryKey,
      unique: byJson(indexList.filter((i) => i.origin === 'u').map((i) => indexColumns(i.name))),
      indexes: byJson(
        indexList
          .filter((i) => i.origin === 'c')
          .map((i) => ({ name: i.name, unique: i.unique === 1, columns: indexColumns(i.name) })),
      ),
      foreignKeys: byJson(
        [...new Set(foreignKeys.map((f) => f.id))].map((id) => {
          const parts = foreignKeys.filter((f) => f.id === id);
          return {
            columns: parts.map((f) => f.from),
            references: parts[0]?.table ?? '',
            referencedColumns: parts.map((f) => f.to),
          };
        }),
      ),
      checks: countChecks(table.sql),
    };
  }
  return shape;
}

const POSTGRES_TYPES: Readonly<Record<string, string>> = {
  bigint: 'integer',
  integer: 'integer',
  smallint: 'integer',
  text: 'text',
};

export async function postgresSchemaShape(client: pg.Client): Promise<SchemaShape> {
  const query = async <Row extends pg.QueryResultRow>(sql: string) => (await client.query<Row>(sql)).rows;
  const columns = await query<{
    table: string;
    name: string;
    type: string;
    collation: string | null;
    not_null: boolean;
    default: string | null;
    identity: string;
  }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, co.collname AS collation,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
    WHERE c.relkind = 'r'
    ORDER BY c.relname, a.attnum`);
  // Key columns in key order, by constraint.
  const constraints = await query<{
    table: string;
    type: string;
    columns: string[];
    references: string | null;
    referenced_columns: string[] | null;
  }>(`
    SELECT c.relname AS table, k.contype AS type,
           array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
                 JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS columns,
           r.relname AS references,
           array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
                 JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) AS referenced_columns
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_class r ON r.oid = k.confrelid
    WHERE k.contype IN ('p', 'u', 'f', 'c')`);
  const indexes = await query<{ table: string; name: string; unique: boolean; columns: string[] }>(`
    SELECT c.relname AS table, i.relname AS name, x.indisunique AS unique,
           array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY u(n, o)
                 JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n ORDER BY u.o) AS columns
    FROM pg_index x
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid)`);

  const shape: SchemaShape = {};
  for (const table of [...new Set(columns.map((c) => c.table))]) {
    const own = constraints.filter((k) => k.table === table);
    shape[table] = {
      columns: columns
        .filter((c) => c.table === table)
        .map((c) => {
          const kind = POSTGRES_TYPES[c.type] ?? c.type;
          return {
            name: c.name,
            type:
              kind === 'text' && c.collation !== 'C' && c.collation !== 'POSIX' ? `text collate ${c.collation}` : kind,
            notNull: c.not_null,
            default: c.default?.replace(/::[a-z ]+$/, '') ?? null,
            assignedId: c.identity !== '',
          };
        }),
      primaryKey: own.find((k) => k.type === 'p')?.columns ?? [],
      unique: byJson(own.filter((k) => k.type === 'u').map((k) => k.columns)),
      indexes: byJson(
        indexes
          .filter((i) => i.table === table)
          .map(({ name, unique, columns: indexed }) => ({ name, unique, columns: indexed })),
      ),
      foreignKeys: byJson(
        own
          .filter((k) => k.type === 'f')
          .map((k) => ({
            columns: k.columns,
            references: k.references ?? '',
            referencedColumns: k.referenced_columns ?? [],
          })),
      ),
      checks: own.filter((k) => k.type === 'c').length,
    };
  }
  return shape;
}
