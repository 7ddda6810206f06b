import { parse } from 'csv-parse/sync';
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

const question = (name: string, hxl?: string): FieldDefinition => ({
  name,
  type: 'integer',
  min: 0,
  max: 9999,
  label: { en: `Count of ${name}`, fr: `Nombre : ${name}`, sw: `Idadi ya ${name}` },
  ...(hxl ? { hxl } : {}),
});

/** A new version of screening: v1's questions with `change` applied. */
function screening(
  version: number,
  change: (fields: FieldDefinition[]) => FieldDefinition[],
  rules = SCREENING_V1.rules,
): FormDefinition {
  return { ...SCREENING_V1, version, fields: change([...SCREENING_V1.fields]), rules };
}

async function publish(definition: FormDefinition) {
  const res = await server.app.request('/api/v1/forms', jsonRequest('POST', definition, admin));
  expect(res.status).toBe(201);
}

async function screeningCsv() {
  const res = await server.app.request('/api/v1/exports/screening.csv?hxl=1', authed(admin));
  expect(res.status).toBe(200);
  const [header = [], hxl = [], ...rows] = parse(await res.text()) as string[][];
  const byVersion = new Map(rows.map((row) => [row[header.indexOf('form_version')], row]));
  const cell = (version: string, name: string) => byVersion.get(version)?.[header.indexOf(name)];
  return { header, hxl, rows, cell };
}

describe('a form’s export across its versions', () => {
  it('covers v1 and v2 records, with the new question’s column empty for v1 and its own HXL tag', async () => {
    await publish(screening(2, (fields) => [...fields, question('contacts_traced', '#affected +contacts +traced')]));
    await pushRecords(server, device, [
      makePushRecord({ form: 'screening', formVersion: 1, data: makeScreeningData() }),
      makePushRecord({ form: 'screening', formVersion: 2, data: makeScreeningData({ contacts_traced: 7 }) }),
    ]);

    const { header, hxl, rows, cell } = await screeningCsv();
    expect(rows).toHaveLength(2);
    expect([cell('1', 'contacts_traced'), cell('2', 'contacts_traced')]).toEqual(['', '7']);
    expect([cell('1', 'screened'), cell('2', 'screened')]).toEqual(['120', '120']);
    expect(hxl[header.indexOf('contacts_traced')]).toBe('#affected +contacts +traced');
  });

  it('keeps every column where it was: a later version’s questions come after, a dropped one stays', async () => {
    const v1Names = SCREENING_V1.fields.map((f) => f.name);
    const dropped = SCREENING_V1.rules.filter((rule) => rule.code !== 'handed-over-exceeds-screened');
    const withoutHandedOver = (fields: FieldDefinition[]) => fields.filter((f) => f.name !== 'handed_over');
    await publish(screening(2, (fields) => [question('lead'), ...withoutHandedOver(fields)], dropped));
    await publish(screening(3, (fields) => [question('tail'), ...withoutHandedOver(fields)], dropped));

    const { header } = await screeningCsv();
    expect(header.slice(1, -6)).toEqual([...v1Names, 'lead', 'tail']);
    expect(header[0]).toBe('record_id');
  });

  it('still covers a retired version', async () => {
    await pushRecords(server, device, [makePushRecord({ form: 'screening', data: makeScreeningData() })]);
    await publish(screening(2, (fields) => [...fields, question('contacts_traced')]));
    const retired = await server.app.request('/api/v1/forms/screening/1/retire', jsonRequest('POST', {}, admin));
    expect(retired.status).toBe(200);

    const { rows, cell } = await screeningCsv();
    expect(rows).toHaveLength(1);
    expect(cell('1', 'contacts_traced')).toBe('');
  });

  it('answers 404 for a form with no stored version, naming the ones there are', async () => {
    const res = await server.app.request('/api/v1/exports/census.csv', authed(admin));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'fmr.csv, fmr.xlsx, fms.csv, fms.xlsx, screening.csv, screening.xlsx',
    );
  });
});
