import type { Sql } from '../db/sql.ts';
import type { StoredRow } from '../exports/export-columns.ts';
import { comparisonsSql, keysetSql, type ColumnComparison, type KeysetPage } from '../db/keyset-page.ts';

/** A stored record as the feed reads it: its latest revision, the answers as JSON text, and when it happened. */
export type RecordPageRow = Omit<StoredRow, 'data'> & { data: string; occurred_at: string };

/** Columns a page of one form's records may be compared on. */
export type RecordColumn = 'occurred_at' | 'fmp' | 'review_state';

/** Rows read from the database at a time: the page's memory stays flat whatever its size. */
const ROWS_PER_READ = 500;

/** One form's records in the order they happened (record id breaking ties), a chunk of rows at a time. */
export function recordPage(
  db: Sql,
  form: string,
  page: Omit<KeysetPage, 'order'> & { comparisons: readonly (ColumnComparison & { column: RecordColumn })[] },
): AsyncGenerator<RecordPageRow[]> {
  const { conditions, orderAndLimit, params } = keysetSql({ ...page, order: ['occurred_at', 'id'] });
  return db.stream<RecordPageRow>(
    `SELECT id, data, enumerator, device_id, form_version, received_at, revision, review_state, occurred_at
     FROM records WHERE ${['form = ?', ...conditions].join(' AND ')} ${orderAndLimit}`,
    [form, ...params],
    ROWS_PER_READ,
  );
}

export async function countRecords(
  db: Sql,
  form: string,
  comparisons: readonly (ColumnComparison & { column: RecordColumn })[],
): Promise<number> {
  const { conditions, params } = comparisonsSql(comparisons);
  const row = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM records WHERE ${['form = ?', ...conditions].join(' AND ')}`,
    [form, ...params],
  );
  return row?.n ?? 0;
}
