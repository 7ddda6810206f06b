import type { Language } from '../../../shared/i18n.ts';
import type { Sql } from '../db/sql.ts';
import type { Cell } from './csv-stream.ts';
import type { ColumnKind, ExportColumn, StoredRow } from './export-columns.ts';
import { formRows } from './form-rows.ts';
import type { RecordFilter } from './record-filter.ts';
import { wallClockDate } from './wall-clock.ts';
import { CalendarDay, DATA_SHEET, xlsxStream, type XlsxCell } from './xlsx-stream.ts';

export interface RecordsWorkbook {
  form: string;
  /** The newest version's title, in English as the rest of the About sheet. */
  title: string;
  columns: readonly ExportColumn[];
  extraHeaderRows: readonly (readonly string[])[];
  filter: RecordFilter;
  /** The header rows asked for under the column names. */
  options: { labels?: Language; hxl: boolean };
  exportedAt: Date;
  /** Each FMP's time zone, by code. */
  timeZones: ReadonlyMap<string, string>;
  maxRows: number;
}

/** What the rows written held: told on the About sheet. */
interface Seen {
  versions: Set<number>;
  fmps: Set<string>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as the spreadsheet holds it: an instant on the wall clock at the record's FMP, a calendar day as it is. */
function spreadsheetCell(kind: ColumnKind, value: Cell, zone: string | undefined): XlsxCell {
  if (typeof value !== 'string') return value;
  if (kind === 'instant' && zone !== undefined) return wallClockDate(value, zone) ?? value;
  // A date is not an instant: no zone moves it to another day.
  if (kind === 'date' && DAY.test(value)) return new CalendarDay(value);
  return value;
}

/** The export's cells for a spreadsheet: the CSV's values, typed by their column. */
function spreadsheetRow(book: RecordsWorkbook, seen: Seen) {
  return (row: StoredRow): XlsxCell[] => {
    seen.versions.add(row.form_version);
    seen.fmps.add(row.fmp);
    const zone = book.timeZones.get(row.fmp);
    return book.columns.map((column) => spreadsheetCell(column.kind, column.value(row), zone));
  };
}

function aboutRows(book: RecordsWorkbook, seen: Seen, dataRows: number): XlsxCell[][] {
  const { filter } = book;
  const zones = [...seen.fmps].sort().map((fmp) => `${fmp} ${book.timeZones.get(fmp) ?? 'unknown'}`);
  return [
    ['fmp-collect export', `${book.form}.xlsx`],
    ['Form', book.form],
    ['Form title', book.title],
    ['Form versions in the data', [...seen.versions].sort((a, b) => a - b).join(', ') || 'none'],
    ['FMP', filter.fmp ?? 'all'],
    ['From (inclusive, UTC)', filter.fromUtc ?? 'the first record'],
    ['To (exclusive, UTC)', filter.toUtc ?? 'the last record'],
    ['Review states', filter.states?.join(', ') ?? 'all'],
    ['Row of labels', book.options.labels ?? 'none'],
    ['Row of HXL hashtags', book.options.hxl ? 'yes' : 'no'],
    ['Exported at (UTC)', book.exportedAt.toISOString()],
    ['Records (rows of data)', dataRows],
    ['Header rows', 1 + book.extraHeaderRows.length],
    ['Sheet of data', DATA_SHEET],
    [
      'Date-times',
      `Wall-clock time at the record's FMP, in its time zone (spreadsheet dates have none): ${zones.join('; ') || 'none'}`,
    ],
  ];
}

/** A form's records as a streamed XLSX workbook: the rows, filter and header rows of the CSV export. */
export function recordsWorkbook(db: Sql, book: RecordsWorkbook): ReadableStream<Uint8Array> {
  const seen: Seen = { versions: new Set(), fmps: new Set() };
  return xlsxStream(formRows(db, book.form, book.filter, spreadsheetRow(book, seen)), {
    header: book.columns.map((c) => c.name),
    extraHeaderRows: book.extraHeaderRows,
    maxRows: book.maxRows,
    about: (dataRows) => aboutRows(book, seen, dataRows),
  });
}
