import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestServer, enrollDevice, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { makeFmrData, makeFmsData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import { findForm } from '../../../shared/forms/registry.ts';
import { validateData } from '../../../shared/forms/validate.ts';
import type { PushResponse } from '../../../shared/push.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

let server: TestServer;
let device: { deviceId: string; token: string };

beforeEach(async () => {
  server = await makeTestServer();
  device = await enrollDevice(server);
});
afterEach(() => server.cleanup());

async function pushOne(form: string, data: Record<string, unknown>) {
  const record = makePushRecord({ form, data });
  const res = await server.app.request(
    '/api/v1/sync/push',
    jsonRequest('POST', makePushRequest(device.deviceId, [record]), device.token),
  );
  expect(res.status).toBe(200);
  return { record, result: ((await res.json()) as PushResponse).results[0] };
}

/** What a tablet whose clock agrees with the server shows for the same data. */
function tabletCodes(form: string, data: Record<string, unknown>) {
  const found = findForm(form, 1);
  if (!found.ok) throw new Error(form);
  const { errors, warnings } = validateData(found.form, data, { now: server.clock.now, timeZone: UGANDA.timeZone });
  return {
    errors: errors.map((e) => [e.code, `data.${e.field}`]),
    warnings: warnings.map((w) => [w.code, `data.${w.field}`]),
  };
}

describe('the server rejects an invalid record with the codes the tablet shows', () => {
  it.each([
    ['fmr', { males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0, pregnant_lactating: 0 }],
    ['fmr', { pregnant_lactating: 9, direction: 'sideways' }],
    ['fmr', { observed_at: '2026-11-20T14:00:00+03:00', nationality: 'XXX' }],
    ['fmr', { destination_admin2: 'UG-101', source: 'tally' }],
    ['fms', { consent: 'no' }],
    ['fms', { age: 130, needs: ['gold'] }],
  ])('%s %j', async (form, overrides) => {
    const data = form === 'fmr' ? makeFmrData(overrides as never) : makeFmsData(overrides);
    const { result } = await pushOne(form, data);
    expect(result?.status).toBe('rejected');
    const expected = tabletCodes(form, data).errors;
    expect(expected.length).toBeGreaterThan(0);
    expect(result?.errors?.map((e) => [e.code, e.path])).toEqual(expected);
  });
});

describe('warnings', () => {
  it('accept the record and keep its quality flags for the data officer', async () => {
    const data = makeFmrData({
      direction: 'incoming',
      destination_country: 'KEN',
      destination_admin1: null,
      destination_admin2: null,
    });
    const { record, result } = await pushOne('fmr', data);
    expect(result?.status).toBe('accepted');
    const row = (await server.db.get('SELECT warnings FROM records WHERE id = ?', [record.id])) as { warnings: string };
    expect(JSON.parse(row.warnings)).toEqual([
      {
        code: 'incoming-destination-elsewhere',
        path: 'data.destination_country',
        message: 'Incoming, but the destination is not Uganda.',
      },
    ]);
  });

  it('store an empty list for a clean record', async () => {
    const { record } = await pushOne('fmr', makeFmrData());
    expect(await server.db.get('SELECT warnings FROM records WHERE id = ?', [record.id])).toEqual({ warnings: '[]' });
  });

  it('judge an old observation against the time the server received it', async () => {
    const { record } = await pushOne('fmr', makeFmrData({ observed_at: '2026-11-01T09:00:00+03:00' }));
    const row = (await server.db.get('SELECT warnings FROM records WHERE id = ?', [record.id])) as { warnings: string };
    expect(JSON.parse(row.warnings).map((w: { code: string }) => w.code)).toEqual(['observed-long-ago']);
  });
});

describe('other forms', () => {
  it.each([
    ['fms', makeFmsData({ fmp: 'MPONDWE' })],
    ['fms', { fmp: 'MPONDWE', interviewed_at: '2026-11-20T09:40:00+03:00', consent: 'no' }],
  ])('accepts a valid %s record', async (form, data) => {
    expect((await pushOne(form, data)).result?.status).toBe('accepted');
  });
});
