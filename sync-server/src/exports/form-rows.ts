import type { Sql } from '../db/sql.ts';
import type { Cell } from './csv-stream.ts';
import type { ExportColumn, StoredRow } from './export-columns.ts';
import { filterSql, type RecordFilter } from './record-filter.ts';

type Row = Omit<StoredRow, 'data'> & { data: string };

/** Rows read from the database at a time: the export's memory stays flat whatever the number of records. */
const ROWS_PER_READ = 500;

/** One form's stored records (their latest revision) in the order they happened, as CSV rows, a chunk at a time. */
export async function* formRows(
  db: Sql,
  form: string,
  columns: readonly ExportColumn[],
  filter: RecordFilter,
): AsyncGenerator<Cell[][]> {
  const { where, params } = filterSql(filter);
  const chunks = db.stream<Row>(
    `SELECT id, data, enumerator, device_id, form_version, received_at, revision, review_state FROM records
     WHERE form = ?${where} ORDER BY occurred_at, id`,
    [form, ...params],
    ROWS_PER_READ,
  );
  for await (const chunk of chunks) {
    yield chunk.map((row) => {
      const stored: StoredRow = { ...row, data: JSON.parse(row.data) as Record<string, unknown> };
      return columns.map((column) => column.value(stored));
    });
  }
}
