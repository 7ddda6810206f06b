import type { AggregatesQuery } from '../../../shared/aggregates.ts';
import { xlsxStream, type XlsxCell } from './xlsx-stream.ts';

export interface AggregatesWorkbook {
  query: AggregatesQuery;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  exportedAt: Date;
  maxRows: number;
}

/** The aggregate rows as an XLSX workbook: the `aggregates.csv` table, and an About sheet. */
export function aggregatesWorkbook(book: AggregatesWorkbook): ReadableStream<Uint8Array> {
  const { query } = book;
  return xlsxStream([book.rows].values(), {
    header: book.header,
    maxRows: book.maxRows,
    about: (dataRows) => [
      ['fmp-collect export', 'aggregates.xlsx'],
      ['Grouped by', query.by.join(', ')],
      ['FMP', query.fmp ?? 'all'],
      ['Direction', query.direction ?? 'both'],
      ['From (local day, inclusive)', query.from ?? 'the first record'],
      ['To (local day, inclusive)', query.to ?? 'the last record'],
      ['Exported at (UTC)', book.exportedAt.toISOString()],
      ['Rows of data', dataRows],
      ['Days, weeks and months', "On the wall clock of each record's FMP, in its time zone"],
    ],
  });
}
