import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { xml2json } from 'odata-csdl';
import { beforeEach, describe, expect, it } from 'vitest';
import { authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makePushRecord, makeScreeningData } from '../../../shared/test/fixtures.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

const label = (en: string) => ({ en, fr: en, sw: en });

/** Questions of the three new kinds, and a group over them asked only when someone had a fever. */
const FEVER_CASE: FieldDefinition[] = [
  { name: 'fever_note', type: 'note', label: label('Ask the person with the highest fever'), group: 'fever_case' },
  { name: 'highest_temperature', type: 'decimal', min: 35, max: 43, label: label('Highest'), group: 'fever_case' },
  { name: 'onset_date', type: 'date', label: label('Fever since'), group: 'fever_case' },
];

const SCREENING_V2: FormDefinition = {
  ...SCREENING_V1,
  version: 2,
  fields: [...SCREENING_V1.fields, ...FEVER_CASE],
  groups: [
    {
      name: 'fever_case',
      label: label('Fever case'),
      relevant: { expression: '${temperature_above_38} > 0' },
    },
  ],
};

const NEW_COLUMNS = ['highest_temperature', 'onset_date'];
const AFTER_V1 = SCREENING_V1.fields.length + 1;

/** A v2 record with a fever case, a v2 record without (the group not asked) and a v1 record. */
async function publishAndPush() {
  const published = await server.app.request('/api/v1/forms', jsonRequest('POST', SCREENING_V2, admin));
  expect(published.status).toBe(201);
  // Behind UTC: a date read as the instant of its UTC midnight would show the day before.
  const moved = await server.app.request(
    '/api/v1/fmps/MPONDWE',
    jsonRequest('PATCH', { timeZone: 'America/Bogota' }, admin),
  );
  expect(moved.status).toBe(200);
  const results = await pushRecords(server, device, [
    makePushRecord({
      form: 'screening',
      formVersion: 2,
      data: makeScreeningData({
        shift_start: '2026-11-19T06:00:00-05:00',
        highest_temperature: 38.7,
        onset_date: '2026-11-18',
      }),
    }),
    makePushRecord({
      form: 'screening',
      formVersion: 2,
      data: makeScreeningData({ shift_start: '2026-11-19T14:00:00-05:00', temperature_above_38: 0 }),
    }),
    makePushRecord({ form: 'screening', data: makeScreeningData({ shift_start: '2026-11-19T22:00:00-05:00' }) }),
  ]);
  expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
}

const get = (path: string) => server.app.request(`/api/v1/${path}`, authed(admin));

describe('decimal, date, note and grouped questions in the exports', () => {
  it('CSV: a column per answered question, flat and named as it is, none for the note; values as stored', async () => {
    await publishAndPush();
    const res = await get('exports/screening.csv?hxl=1');
    expect(res.status).toBe(200);
    const [header = [], hxl = [], ...rows] = parse(await res.text()) as string[][];
    expect(header.slice(AFTER_V1, -6)).toEqual(NEW_COLUMNS);
    expect(header.some((name) => name.includes('fever'))).toBe(false);
    expect(hxl.slice(AFTER_V1, -6)).toEqual(['#indicator+num+highest_temperature', '#date+onset_date']);
    expect(rows.map((row) => row.slice(AFTER_V1, -6))).toEqual([
      ['38.7', '2026-11-18'],
      ['', ''],
      ['', ''],
    ]);
  });

  it('XLSX: a decimal is a number cell, a date a date cell of that very day, whatever the FMP’s zone', async () => {
    await publishAndPush();
    const res = await get('exports/screening.xlsx');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Data');
    const header = sheet?.getRow(1).values as unknown[];
    const column = (name: string) => header.indexOf(name);
    expect(header.slice(AFTER_V1 + 1, -6)).toEqual(NEW_COLUMNS);
    const answered = sheet?.getRow(2);
    const temperature = answered?.getCell(column('highest_temperature'));
    expect(temperature?.type).toBe(ExcelJS.ValueType.Number);
    expect(temperature?.value).toBe(38.7);
    const onset = answered?.getCell(column('onset_date'));
    expect(onset?.type).toBe(ExcelJS.ValueType.Date);
    expect(onset?.value).toEqual(new Date('2026-11-18T00:00:00Z'));
    expect(onset?.numFmt).toBe('yyyy-mm-dd');
    // The instant beside it is still moved to the FMP's wall clock.
    expect(answered?.getCell(column('shift_start')).value).toEqual(new Date('2026-11-19T06:00:00Z'));
    expect(sheet?.getRow(3).getCell(column('onset_date')).value).toBeNull();
  });

  it('OData: $metadata types them Edm.Double and Edm.Date, no note property; values read back as stored', async () => {
    await publishAndPush();
    const metadata = await get('odata/$metadata');
    expect(metadata.status).toBe(200);
    const csdl = xml2json(await metadata.text(), { strict: true });
    const screening = (csdl.fmp_collect as Record<string, Record<string, unknown>>).screening ?? {};
    expect(screening.highest_temperature).toEqual({ $Type: 'Edm.Double', $Nullable: true });
    expect(screening.onset_date).toEqual({ $Type: 'Edm.Date', $Nullable: true });
    expect(screening.screened).toEqual({ $Type: 'Edm.Int32', $Nullable: true });
    expect(Object.keys(screening).filter((name) => name.startsWith('fever'))).toEqual([]);

    const feed = await get('odata/screening?$select=highest_temperature,onset_date,form_version');
    expect(feed.status).toBe(200);
    const { value } = (await feed.json()) as { value: Record<string, unknown>[] };
    expect(value).toEqual([
      { highest_temperature: 38.7, onset_date: '2026-11-18', form_version: 2 },
      { highest_temperature: null, onset_date: null, form_version: 2 },
      { highest_temperature: null, onset_date: null, form_version: 1 },
    ]);
    const note = await get('odata/screening?$select=fever_note');
    expect(note.status).toBe(400);
  });

  it('OData: $filter still takes only the time field, fmp and review state', async () => {
    await publishAndPush();
    const byDate = await get(`odata/screening?$filter=${encodeURIComponent('onset_date eq 2026-11-18')}`);
    expect(byDate.status).toBe(400);
    expect(((await byDate.json()) as { error: { message: string } }).error.message).toContain('onset_date');
    const byTime = await get(`odata/screening?$filter=${encodeURIComponent('shift_start ge 2026-11-19T12:00:00Z')}`);
    expect(((await byTime.json()) as { value: unknown[] }).value).toHaveLength(2);
  });
});
