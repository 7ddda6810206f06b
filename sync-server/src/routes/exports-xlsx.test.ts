import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { pushFromTheirFmps } from '../../test/support/push-records.ts';
import {
  makeTestServer,
  login,
  createStaff,
  authed,
  jsonRequest,
  type TestServer,
  type TestServerOptions,
} from '../../test/support/test-server.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { FMR_FIELDS } from '../../../shared/fmr.ts';
import type { PushRecord } from '../../../shared/push.ts';
import { XLSX_TYPE } from '../../../shared/form-versions.ts';

let server: TestServer;
let admin: string;

async function start(options: TestServerOptions = {}) {
  server = await makeTestServer(options);
  admin = await login(server);
}
beforeEach(() => start());
afterEach(() => server.cleanup());

const NOTES_COLUMN = FMR_FIELDS.indexOf('notes');
const OBSERVED_COLUMN = FMR_FIELDS.indexOf('observed_at');

async function pushAll(records: PushRecord[]) {
  const results = await pushFromTheirFmps(server, records);
  expect(results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

const fmrRecords = (notes: string[]) =>
  notes.map((note, i) =>
    makePushRecord({ data: makeFmrData({ notes: note, observed_at: `2026-11-20T0${i}:15:00+03:00` }) }),
  );

async function download(path: string, token = admin) {
  const under = path.startsWith('aggregates') ? '' : 'exports/';
  return server.app.request(`/api/v1/${under}${path}`, authed(token));
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const res = await download(path);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

/** Each row's values, the first column first. */
function sheetValues(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

/** The About sheet as a map from its first column to its second. */
function about(book: ExcelJS.Workbook): Map<unknown, unknown> {
  return new Map(sheetValues(book.getWorksheet('About')).map(([key, value]) => [key, value]));
}

describe('GET /api/v1/exports/fmr.xlsx', () => {
  it('has the cells of the CSV export: numbers as numbers, instants as dates, a formula-looking text as text', async () => {
    await pushAll(fmrRecords(['=SUM(A1:A9)', '+256 700', 'plain']));
    const res = await download('fmr.xlsx');
    expect(res.headers.get('Content-Type')).toBe(XLSX_TYPE);
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="fmr.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data', 'About']);
    const [header, ...rows] = sheetValues(book.getWorksheet('Data'));
    const [csvHeader, ...csvRows] = parse(await (await download('fmr.csv')).text()) as string[][];
    expect(header).toEqual(csvHeader);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const fields = row.slice(1, FMR_FIELDS.length + 1);
      expect(fields[FMR_FIELDS.indexOf('males_18_59')]).toBe(2);
      expect(fields[FMR_FIELDS.indexOf('estimated')]).toBe(false);
      // MPONDWE keeps Africa/Kampala, +03:00: the wall clock the tablet showed.
      expect(fields[OBSERVED_COLUMN]).toEqual(new Date(`2026-11-20T0${i}:15:00Z`));
      expect(row[0]).toBe(csvRows[i]?.[0]);
    });
    expect(rows.map((row) => row[NOTES_COLUMN + 1])).toEqual(['=SUM(A1:A9)', '+256 700', 'plain']);
    const firstRow = book.getWorksheet('Data')?.getRow(2);
    expect(firstRow?.getCell(OBSERVED_COLUMN + 2).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    const notes = firstRow?.getCell(NOTES_COLUMN + 2);
    expect(notes?.type).toBe(ExcelJS.ValueType.String);
    expect(notes?.formula).toBeUndefined();
  });

  it('shows instants on the wall clock of each record’s FMP, and names the zones on the About sheet', async () => {
    const patched = await server.app.request(
      '/api/v1/fmps/GOLI',
      jsonRequest('PATCH', { timeZone: 'Africa/Kinshasa' }, admin),
    );
    expect(patched.status).toBe(200);
    const at = '2026-11-20T09:15:00+03:00';
    await pushAll([
      makePushRecord({ data: makeFmrData({ fmp: 'MPONDWE', observed_at: at }) }),
      makePushRecord({ data: makeFmrData({ fmp: 'GOLI', observed_at: at }) }),
    ]);
    const book = await workbook('fmr.xlsx');
    const [, ...rows] = sheetValues(book.getWorksheet('Data'));
    const shown = new Map(rows.map((row) => [row[1], row[OBSERVED_COLUMN + 1]]));
    expect(shown.get('MPONDWE')).toEqual(new Date('2026-11-20T09:15:00Z'));
    expect(shown.get('GOLI')).toEqual(new Date('2026-11-20T07:15:00Z'));
    expect(about(book).get('Date-times')).toContain('GOLI Africa/Kinshasa; MPONDWE Africa/Kampala');
  });

  it('says on its About sheet what the file holds, the count of rows written included', async () => {
    await pushAll(fmrRecords(['a', 'b', 'c']));
    const from = '2026-11-20T01:00:00+03:00';
    const book = await workbook(`fmr.xlsx?fmp=MPONDWE&from=${encodeURIComponent(from)}&labels=fr&hxl=1`);
    const said = about(book);
    expect(said.get('Form')).toBe('fmr');
    expect(said.get('Form title')).toBe('Flow Monitoring Registry (group crossing)');
    expect(said.get('Form versions in the data')).toBe('1');
    expect(said.get('FMP')).toBe('MPONDWE');
    expect(said.get('From (inclusive, UTC)')).toBe('2026-11-19T22:00:00.000Z');
    expect(said.get('To (exclusive, UTC)')).toBe('the last record');
    expect(said.get('Row of labels')).toBe('fr');
    expect(said.get('Row of HXL hashtags')).toBe('yes');
    expect(said.get('Exported at (UTC)')).toBe(server.clock.now.toISOString());
    expect(said.get('Records (rows of data)')).toBe(2);
    expect(said.get('Header rows')).toBe(3);
  });

  it('has the labels and HXL rows of the CSV export under its header', async () => {
    await pushAll(fmrRecords(['a']));
    const book = await workbook('fmr.xlsx?labels=sw&hxl=1');
    const csv = parse(await (await download('fmr.csv?labels=sw&hxl=1')).text()) as string[][];
    expect(sheetValues(book.getWorksheet('Data')).slice(0, 3)).toEqual(csv.slice(0, 3));
  });

  it('writes a stored control character as U+FFFD, as the CSV does a NUL, instead of dropping it', async () => {
    const [record] = fmrRecords(['placeholder']);
    if (!record) throw new Error('no record');
    await pushAll([record]);
    await server.db.run('UPDATE records SET data = ? WHERE id = ?', [
      JSON.stringify({ ...record.data, notes: 'a\0b\u0007c\u007fd' }),
      record.id,
    ]);
    const [, row] = sheetValues((await workbook('fmr.xlsx')).getWorksheet('Data'));
    expect(row?.[NOTES_COLUMN + 1]).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('answers an empty dataset with the header alone', async () => {
    const book = await workbook('fmr.xlsx');
    expect(sheetValues(book.getWorksheet('Data'))).toHaveLength(1);
    expect(about(book).get('Records (rows of data)')).toBe(0);
  });

  it('is open to analysts for FMR only', async () => {
    const analyst = await createStaff(server, 'analyst');
    expect((await download('fmr.xlsx', analyst)).status).toBe(200);
    const refused = await download('fms.xlsx', analyst);
    expect(refused.status).toBe(403);
  });

  it('refuses an unknown format and a bad filter', async () => {
    const unknown = await download('fmr.pdf');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('fmr.xlsx');
    expect((await download('fmr.xlsx?from=yesterday')).status).toBe(400);
  });
});

describe('GET /api/v1/aggregates.xlsx', () => {
  it('has the rows of aggregates.csv, the counts as numbers, and says what it holds', async () => {
    await pushAll(fmrRecords(['a', 'b', 'c']));
    const query = 'by=fmp,day,direction&fmp=MPONDWE';
    const book = await workbook(`aggregates.xlsx?${query}`);
    const csv = parse(await (await download(`aggregates.csv?${query}`)).text()) as string[][];
    const cells = sheetValues(book.getWorksheet('Data'));
    expect(cells.map((row) => row.map(String))).toEqual(csv);
    expect(cells[1]?.slice(3, 5)).toEqual([3, 18]);
    const said = about(book);
    expect(said.get('Grouped by')).toBe('fmp, day, direction');
    expect(said.get('FMP')).toBe('MPONDWE');
    expect(said.get('Rows of data')).toBe(1);
  });
});

describe('an XLSX export over the rows a sheet holds', () => {
  // The limit counts the header row: 4 rows are the header and 3 records.
  beforeEach(async () => {
    await server.cleanup();
    await start({ xlsxRowLimit: 4 });
  });

  it('is refused before anything is sent, with the count and a hint to filter by date', async () => {
    await pushAll(fmrRecords(['a', 'b', 'c', 'd']));
    const res = await download('fmr.xlsx');
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string; details: unknown } };
    expect(error.code).toBe('too-many-rows-for-xlsx');
    expect(error.message).toContain('from and to');
    expect(error.details).toEqual({ rows: 5, limit: 4 });
  });

  it('counts the header rows asked for, and is served once a date filter brings it under the limit', async () => {
    await pushAll(fmrRecords(['a', 'b', 'c']));
    expect((await download('fmr.xlsx')).status).toBe(200);
    expect((await download('fmr.xlsx?hxl=1')).status).toBe(422);
    const to = encodeURIComponent('2026-11-20T02:00:00+03:00');
    expect((await download(`fmr.xlsx?hxl=1&to=${to}`)).status).toBe(200);
    expect((await download('fmr.csv?hxl=1')).status).toBe(200);
  });

  it('is refused for the aggregates too', async () => {
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];
    await pushAll(days.map((day) => makePushRecord({ data: makeFmrData({ observed_at: `${day}T09:00:00+03:00` }) })));
    expect((await download('aggregates.xlsx?by=fmp')).status).toBe(200);
    const res = await download('aggregates.xlsx?by=day');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { details: unknown } }).error.details).toEqual({ rows: 5, limit: 4 });
  });
});
