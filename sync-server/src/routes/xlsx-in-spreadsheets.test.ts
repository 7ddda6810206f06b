import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  enrollDevice,
  login,
  authed,
  jsonRequest,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { asCalcShows, parsedCells, workbookCells } from '../../test/support/spreadsheet-cells.ts';
import { seededRandom } from '../../test/support/random.ts';
import { variedFmrData } from '../../test/support/varied-fmr-data.ts';
import { makePushRecord } from '../../../shared/test/fixtures.ts';
import { exportColumns } from '../exports/export-columns.ts';
import fmrV1 from '../../../shared/forms/frozen/fmr-v1.json' with { type: 'json' };
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { neutraliseCell } from '../exports/neutralise-cell.ts';

const RECORDS = 100_000;
const PER_PUSH = 500;
// GOLI is moved to Africa/Kinshasa (+01:00); the others keep Africa/Kampala (+03:00).
const ZONES: Record<string, string> = {
  MPONDWE: 'Africa/Kampala',
  BUNAGANA: 'Africa/Kampala',
  GOLI: 'Africa/Kinshasa',
};
const NOTES = ['', '', '', '', '=1+1', '+256 700 000', '-2+3', '@SUM(A1)', 'x\n=4+4', 'Watu, "soko"; déplacés à Béni'];
const COLUMNS = exportColumns([fmrV1 as FormDefinition]);
const FMP_COLUMN = COLUMNS.findIndex((c) => c.name === 'fmp');
const NOTES_COLUMN = COLUMNS.findIndex((c) => c.name === 'notes');

let server: TestServer;
let csv: string;
let xlsx: Uint8Array;

/** Pushes `RECORDS` varied FMR records in time order, a batch at a time from a device at each FMP in turn. */
async function pushVariedRecords() {
  const random = seededRandom(16);
  const fmps = Object.keys(ZONES);
  const devices = await Promise.all(fmps.map((fmp) => enrollDevice(server, fmp)));
  const start = Date.UTC(2026, 9, 1);
  for (let batch = 0; batch < RECORDS / PER_PUSH; batch++) {
    const fmp = fmps[batch % fmps.length] ?? 'MPONDWE';
    const device = devices[batch % fmps.length];
    if (!device) throw new Error(`no device at ${fmp}`);
    const records = Array.from({ length: PER_PUSH }, (_, i) => {
      const observed = new Date(start + (batch * PER_PUSH + i) * 37_000 + random.int(0, 36) * 1000);
      const data = variedFmrData(random, { fmp, observed_at: observed.toISOString(), notes: random.pick(NOTES) });
      return makePushRecord({ data: { ...data, estimated: random.next() < 0.2 } });
    });
    const results = await pushRecords(server, device, records);
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD hh:mm:ss` on the wall clock of a zone, as the workbook's date format shows it. */
function wallClock(instant: string, zone: string): string {
  let format = wallClocks.get(zone);
  if (!format) {
    const twoDigits = '2-digit';
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: twoDigits,
      day: twoDigits,
      hour: twoDigits,
      minute: twoDigits,
      second: twoDigits,
    });
    wallClocks.set(zone, format);
  }
  return format.format(new Date(instant));
}

/** What Calc shows for a CSV cell when it reads the XLSX: an instant on the FMP's wall clock, the rest as in the CSV. */
function shownFromXlsx(row: string[], rowIndex: number): string[] {
  const zone = ZONES[row[FMP_COLUMN] ?? ''] ?? 'Africa/Kampala';
  return row.map((cell, i) =>
    rowIndex > 0 && COLUMNS[i]?.kind === 'instant' && cell !== '' ? wallClock(cell, zone) : asCalcShows(cell),
  );
}

beforeAll(async () => {
  server = await makeTestServer();
  const admin = await login(server);
  const moved = await server.app.request(
    '/api/v1/fmps/GOLI',
    jsonRequest('PATCH', { timeZone: 'Africa/Kinshasa' }, admin),
  );
  expect(moved.status).toBe(200);
  await pushVariedRecords();
  csv = await (await server.app.request('/api/v1/exports/fmr.csv', authed(admin))).text();
  xlsx = new Uint8Array(await (await server.app.request('/api/v1/exports/fmr.xlsx', authed(admin))).arrayBuffer());
}, 600_000);
afterAll(() => server.cleanup());

describe(`the XLSX export of ${RECORDS.toLocaleString('en')} records`, () => {
  it('reads in LibreOffice Calc as the same cells as the CSV export, and a formula-looking text stays text', async () => {
    const inCalc = await workbookCells(xlsx);
    const expected = parsedCells(csv).map(shownFromXlsx);
    expect(inCalc).toHaveLength(RECORDS + 1);
    expect(expected).toHaveLength(RECORDS + 1);
    // The CSV puts a quote before a formula; the workbook keeps the text as it was typed, in a text cell.
    const seen = inCalc.map((row) => row.map(neutraliseCell));
    const differs = seen.findIndex((row, i) => row.join('\u0001') !== expected[i]?.join('\u0001'));
    expect(differs === -1 ? [] : seen[differs]).toEqual(differs === -1 ? [] : expected[differs]);
    const notes = new Set(inCalc.slice(1).map((row) => row[NOTES_COLUMN]));
    expect([...notes].sort()).toEqual([...new Set(NOTES)].sort());
  }, 600_000);
});
