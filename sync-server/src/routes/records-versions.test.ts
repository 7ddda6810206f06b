import { beforeEach, describe, expect, it } from 'vitest';
import { authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makePushRecord, makeScreeningData } from '../../../shared/test/fixtures.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';
import type { RecordDetail, RecordsPage } from '../../../shared/records.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

/** Screening v2 asks a question before all of v1's. */
const SCREENING_V2 = {
  ...SCREENING_V1,
  version: 2,
  fields: [
    { name: 'arrivals', type: 'integer', min: 0, max: 99, label: { en: 'Arrivals', fr: 'Arrivées', sw: 'Waliofika' } },
    ...SCREENING_V1.fields,
  ],
};

describe('a record of a published version, as staff read it', () => {
  it('gives its answers in its own version’s question order', async () => {
    expect((await server.app.request('/api/v1/forms', jsonRequest('POST', SCREENING_V2, admin))).status).toBe(201);
    const record = makePushRecord({ form: 'screening', formVersion: 2, data: makeScreeningData({ arrivals: 3 }) });
    await pushRecords(server, device, [record]);
    const v1Order = SCREENING_V1.fields.map((f) => f.name);

    const detail = (await (
      await server.app.request(`/api/v1/records/${record.id}`, authed(admin))
    ).json()) as RecordDetail;
    expect(Object.keys(detail.record.data)).toEqual(['arrivals', ...v1Order]);
    const page = (await (
      await server.app.request('/api/v1/records?form=screening', authed(admin))
    ).json()) as RecordsPage;
    expect(Object.keys(page.records[0]?.data ?? {})).toEqual(['arrivals', ...v1Order]);
  });
});
