import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServer, enrollDevice, login, authed, type TestServer } from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { asCalcShows, parsedCells, spreadsheetCells } from '../../test/support/spreadsheet-cells.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { FMR_FIELDS } from '../../../shared/fmr.ts';
import { NUL_STAND_IN } from '../exports/neutralise-cell.ts';

const NOTES_COLUMN = FMR_FIELDS.indexOf('notes') + 1;
const NOTES = [
  'Family of five\nsecond line',
  'x\n=1+1',
  'x\r=2+2',
  'x\r\n=3+3',
  'x\n+256 700\r\n-1+1\r@SUM(1)',
  '=4+4\nand a second line',
];
// What a reader must see: the text, with a quote before each formula at the start of a line.
const SHOWN = [
  'Family of five\nsecond line',
  "x\n'=1+1",
  "x\n'=2+2",
  "x\n'=3+3",
  "x\n'+256 700\n'-1+1\n'@SUM(1)",
  "'=4+4\nand a second line",
];

let server: TestServer;
let staff: string;
let csv: string;

beforeAll(async () => {
  server = await makeTestServer();
  const device = await enrollDevice(server);
  const records = NOTES.map((notes, i) =>
    makePushRecord({ data: makeFmrData({ notes, observed_at: `2026-11-20T0${i}:00:00+03:00` }) }),
  );
  const results = await pushRecords(server, device, records);
  expect(results.map((r) => r.status)).toEqual(NOTES.map(() => 'accepted'));
  staff = await login(server);
  csv = await (await server.app.request('/api/v1/exports/fmr.csv', authed(staff))).text();
});
afterAll(() => server.cleanup());

describe('a text cell with line breaks in the records export', () => {
  it('stays one cell of one row for a CSV parser, with a quote before each formula after a break', () => {
    const [header, ...rows] = parsedCells(csv);
    expect(rows).toHaveLength(NOTES.length);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? -1);
    expect(rows.map((row) => row[NOTES_COLUMN])).toEqual(SHOWN);
  });

  it('is quoted wherever it holds a CR or an LF', () => {
    const unquotedBreak = csv
      .split('"')
      .filter((_, i) => i % 2 === 0)
      .join('"')
      .replace(/\r\n/g, '');
    expect(unquotedBreak).not.toMatch(/[\r\n]/);
  });

  it('reads the same in LibreOffice Calc as in the CSV parser, and no cell becomes a formula', async () => {
    const inCalc = await spreadsheetCells(csv);
    expect(inCalc).toEqual(parsedCells(csv).map((row) => row.map(asCalcShows)));
    expect(inCalc.slice(1).map((row) => row[NOTES_COLUMN])).toEqual(SHOWN);
  }, 120_000);
});

describe('the aggregates CSV', () => {
  it('reads the same in LibreOffice Calc as in the CSV parser, and no cell becomes a formula', async () => {
    const aggregates = await (
      await server.app.request('/api/v1/aggregates.csv?by=fmp,day,direction&bom=1', authed(staff))
    ).text();
    const parsed = parsedCells(aggregates);
    expect(parsed.length).toBeGreaterThan(1);
    expect(await spreadsheetCells(aggregates)).toEqual(parsed.map((row) => row.map(asCalcShows)));
  }, 120_000);
});

describe('a NUL stored in a text cell', () => {
  it('never reaches the CSV: it is written as U+FFFD, and the text around it is kept', async () => {
    const text = await exportWithStoredNotes('\0=5+5 before\0after');
    expect(text).not.toContain('\0');
    expect(parsedCells(text)[1]?.[NOTES_COLUMN]).toBe(`${NUL_STAND_IN}=5+5 before${NUL_STAND_IN}after`);
  });
});

/** Stores a record, then writes the notes straight into its stored JSON, as the ingest may once have let in. */
async function exportWithStoredNotes(notes: string): Promise<string> {
  const own = await makeTestServer();
  try {
    const record = makePushRecord({ data: makeFmrData({ notes: 'placeholder' }) });
    await pushRecords(own, await enrollDevice(own), [record]);
    await own.db.run('UPDATE records SET data = ? WHERE id = ?', [
      JSON.stringify({ ...record.data, notes }),
      record.id,
    ]);
    return await (await own.app.request('/api/v1/exports/fmr.csv', authed(await login(own)))).text();
  } finally {
    own.cleanup();
  }
}
