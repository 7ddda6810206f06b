import type { Db } from '../db/database.ts';
import { FMR_DATA_COLUMNS } from './fmr-columns.ts';
import type { Cell } from './csv-stream.ts';
import { filterSql, type RecordFilter } from './record-filter.ts';

interface Row {
  id: string;
  data: string;
  enumerator: string;
  device_id: string;
  form_version: number;
  received_at: string;
}

/** Accepted FMR records in the order they happened, one CSV row each, read lazily. */
export function* fmrRows(db: Db, filter: RecordFilter): Generator<Cell[]> {
  const { where, params } = filterSql(filter);
  const rows = db
    .prepare<string[], Row>(
      `SELECT id, data, enumerator, device_id, form_version, received_at FROM records
       WHERE form = 'fmr'${where} ORDER BY occurred_at, id`,
    )
    .iterate(...params);
  for (const row of rows) {
    const data = JSON.parse(row.data) as Record<string, Cell>;
    yield [row.id, ...FMR_DATA_COLUMNS.map((f) => data[f]), row.enumerator, row.device_id, row.form_version, row.received_at];
  }
}
