import type { Style, Worksheet } from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { Cell } from './csv-stream.ts';
import { NUL_STAND_IN } from './neutralise-cell.ts';
import { sheetTakenUp } from './sheet-backlog.ts';
import { loadExcelJS } from '../spreadsheets/load-exceljs.ts';

/** A calendar day, `2026-12-03`: a date cell with no time of day, the same day wherever the file is opened. */
export class CalendarDay {
  /** Midnight UTC of the day: a spreadsheet date has no zone, and the writer takes the UTC fields. */
  readonly midnight: Date;
  constructor(readonly day: string) {
    this.midnight = new Date(`${day}T00:00:00Z`);
  }
}

/** A date is written as a spreadsheet date: its UTC fields are what the cell shows. */
export type XlsxCell = Cell | Date | CalendarDay;
type XlsxRow = readonly XlsxCell[];
type Chunks = AsyncIterator<readonly XlsxRow[]> | Iterator<readonly XlsxRow[]>;

export const XLSX_MAX_ROWS = 1_048_576;
export const DATA_SHEET = 'Data';
const ABOUT_SHEET = 'About';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const DAY_FORMAT = 'yyyy-mm-dd';

export interface XlsxStreamOptions {
  header: readonly string[];
  extraHeaderRows?: readonly (readonly string[])[];
  /** Rows the data sheet may have, header rows included: `XLSX_MAX_ROWS` at most. */
  maxRows: number;
  /** The second sheet, asked for once the data is written, so that it can say what the file holds. */
  about: (dataRows: number) => readonly XlsxRow[];
}

// XML 1.0 cannot hold these; exceljs would drop them unseen. A NUL is U+FFFD as in the CSV (decision 0034).
const NOT_IN_XML = new RegExp(String.raw`[\0-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]`, 'g');
const textOf = (value: string) => value.replace(NOT_IN_XML, NUL_STAND_IN);

// exceljs looks a style up once per style object: one shared object per kind spares that work on every cell.
const PLAIN_STYLE: Partial<Style> = {};
const DATE_TIME_STYLE: Partial<Style> = { numFmt: DATE_TIME_FORMAT };
const DAY_STYLE: Partial<Style> = { numFmt: DAY_FORMAT };

const valueOf = (cell: XlsxCell) =>
  typeof cell === 'string' ? textOf(cell) : cell instanceof CalendarDay ? cell.midnight : (cell ?? null);
const styleOf = (cell: XlsxCell) =>
  cell instanceof Date ? DATE_TIME_STYLE : cell instanceof CalendarDay ? DAY_STYLE : PLAIN_STYLE;

function addRow(sheet: Worksheet, cells: XlsxRow): void {
  const row = sheet.addRow(cells.map(valueOf));
  cells.forEach((cell, i) => {
    row.getCell(i + 1).style = styleOf(cell);
  });
  row.commit();
}

async function writeWorkbook(chunks: Chunks, options: XlsxStreamOptions, out: PassThrough): Promise<void> {
  const closed = new Promise<void>((resolve) => out.once('close', resolve));
  // Strings inline: a shared-string table would hold every distinct text of the export in memory until the end.
  const ExcelJS = await loadExcelJS();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const headerRows = [options.header, ...(options.extraHeaderRows ?? [])];
  const data = book.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: headerRows.length }] });
  for (const row of headerRows) addRow(data, row);
  let dataRows = 0;
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    dataRows += next.value.length;
    // Records stored after the rows were counted: an aborted download is better than a file Excel cannot open.
    if (headerRows.length + dataRows > options.maxRows) throw new Error(`The export outgrew ${options.maxRows} rows`);
    for (const row of next.value) addRow(data, row);
    await sheetTakenUp(data, closed);
    if (out.destroyed) return;
  }
  data.commit();
  const about = book.addWorksheet(ABOUT_SHEET);
  for (const row of options.about(dataRows)) addRow(about, row);
  about.commit();
  await book.commit();
}

/**
 * An XLSX workbook streamed as it is written: a data sheet pulled chunk by chunk from `chunks` at the reader's
 * pace, then a sheet about the file. Ending, failing or being cancelled closes the rows' source.
 */
export function xlsxStream(chunks: Chunks, options: XlsxStreamOptions): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const fail = (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err)));
  void (async () => {
    try {
      await writeWorkbook(chunks, options, out);
    } catch (err) {
      fail(err);
    }
    try {
      await chunks.return?.();
    } catch (err) {
      fail(err);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
