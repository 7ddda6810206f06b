import type { Db } from '../db/database.ts';
import type { Cell } from './csv-stream.ts';
import type { ExportColumn, StoredRow } from './export-columns.ts';
import { filterSql, type RecordFilter } from './record-filter.ts';

type Row = Omit<StoredRow, 'data'> & { data: string };

/** One form's stored records (their latest revision) in the order they happened, one CSV row each, read lazily. */
export function* formRows(db: Db, form: string, columns: readonly ExportColumn[], filter: RecordFilter): Generator<Cell[]> {
  const { where, params } = filterSql(filter);
  const rows = db
    .prepare<string[], Row>(
      `SELECT id, data, enumerator, device_id, form_version, received_at, revision, review_state FROM records
       WHERE form = ?${where} ORDER BY occurred_at, id`,
    )
    .iterate(form, ...params);
  for (const row of rows) {
    const stored: StoredRow = { ...row, data: JSON.parse(row.data) as Record<string, unknown> };
    yield columns.map((column) => column.value(stored));
  }
}
