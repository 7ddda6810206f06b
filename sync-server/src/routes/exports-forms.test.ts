import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { authed, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushFromTheirFmps, pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makeFmsData, makePushRecord, makeScreeningData } from '../../../shared/test/fixtures.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

async function exportRows(file: string, query = '') {
  const res = await server.app.request(`/api/v1/exports/${file}${query}`, authed(admin));
  expect(res.status).toBe(200);
  return parse(await res.text()) as string[][];
}

describe('exports of every form, derived from the definitions', () => {
  it('writes a select-multiple as its joined value and one 0/1 column per choice', async () => {
    const fms = makePushRecord({ form: 'fms', data: makeFmsData({ needs: ['food', 'health'] }) });
    await pushFromTheirFmps(server, [fms]);
    const [header, row] = await exportRows('fms.csv');
    const needs = FMS_V1.fields.find((f) => f.name === 'needs');
    const choices = needs?.type === 'select_multiple' ? needs.choices.map((c) => c.value) : [];
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('needs')).toBe('food health');
    expect(choices.map((c) => cell(`needs/${c}`))).toEqual(
      choices.map((c) => (['food', 'health'].includes(c) ? '1' : '0')),
    );
    expect(header?.[0]).toBe('record_id');
    expect(row?.[0]).toBe(fms.id);
  });

  it('exports screening tallies with one column per field', async () => {
    await pushRecords(server, device, [makePushRecord({ form: 'screening', data: makeScreeningData() })]);
    const [header, row] = await exportRows('screening.csv');
    expect(header?.slice(1, SCREENING_V1.fields.length + 1)).toEqual(SCREENING_V1.fields.map((f) => f.name));
    expect(row?.[header?.indexOf('screened') ?? -1]).toBe('120');
  });

  it.each([
    ['en', 'Most urgent needs: Food'],
    ['fr', 'Besoins les plus urgents : Nourriture'],
    ['sw', 'Mahitaji ya haraka zaidi: Chakula'],
  ])('adds a labels row in %s under the header, above the HXL row', async (language, label) => {
    await pushFromTheirFmps(server, [makePushRecord({ form: 'fms', data: makeFmsData() })]);
    const [header, labels, hxl] = await exportRows('fms.csv', `?labels=${language}&hxl=1`);
    expect(labels?.[header?.indexOf('needs/food') ?? -1]).toBe(label);
    expect(hxl?.every((tag) => tag.startsWith('#'))).toBe(true);
  });

  it('keeps only the review states asked for', async () => {
    const records = [makePushRecord(), makePushRecord({ data: makeFmrData({ fmp: 'GOLI' }) })];
    await pushFromTheirFmps(server, records);
    await server.app.request(`/api/v1/records/${records[0]?.id}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}` },
      body: '{}',
    });
    expect((await exportRows('fmr.csv', '?state=approved')).slice(1).map((r) => r[0])).toEqual([records[0]?.id]);
    expect(await exportRows('fmr.csv', '?state=approved,new')).toHaveLength(3);
  });

  it('writes each download to the audit log with its filters', async () => {
    await exportRows('fms.csv', '?fmp=GOLI&hxl=1');
    const res = await server.app.request('/api/v1/audit?action=export.download', authed(admin));
    const { entries } = (await res.json()) as { entries: { target: string; details: Record<string, string> }[] };
    expect(entries[0]).toMatchObject({ target: 'export:fms', details: { fmp: 'GOLI', hxl: '1' } });
  });

  it.each(['?labels=de', '?state=lost'])('refuses %s', async (query) => {
    expect((await server.app.request(`/api/v1/exports/fmr.csv${query}`, authed(admin))).status).toBe(400);
  });
});
