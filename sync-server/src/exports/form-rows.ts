import type { Sql } from '../db/sql.ts';
import type { StoredRow } from './export-columns.ts';
import { filterSql, type RecordFilter } from './record-filter.ts';

type Row = Omit<StoredRow, 'data'> & { data: string };

/** Rows read from the database at a time: the export's memory stays flat whatever the number of records. */
const ROWS_PER_READ = 500;

/**
 * One form's stored records (their latest revision) in the order they happened, a chunk at a time, each
 * made into an export row by `toRow`: every format of an export reads its records here.
 */
export async function* formRows<T>(
  db: Sql,
  form: string,
  filter: RecordFilter,
  toRow: (row: StoredRow) => T,
): AsyncGenerator<T[]> {
  const { where, params } = filterSql(filter);
  const chunks = db.stream<Row>(
    `SELECT id, fmp, data, enumerator, device_id, form_version, received_at, revision, review_state FROM records
     WHERE form = ?${where} ORDER BY occurred_at, id`,
    [form, ...params],
    ROWS_PER_READ,
  );
  for await (const chunk of chunks) {
    yield chunk.map((row) => toRow({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
  }
}

/** How many records `formRows` would give for the same form and filter. */
export async function countFormRows(db: Sql, form: string, filter: RecordFilter): Promise<number> {
  const { where, params } = filterSql(filter);
  const found = await db.get<{ n: number }>(`SELECT count(*) AS n FROM records WHERE form = ?${where}`, [
    form,
    ...params,
  ]);
  return found?.n ?? 0;
}
