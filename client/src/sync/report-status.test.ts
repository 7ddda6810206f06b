import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/fixtures.ts';
import { FAKE_DEVICE_FMP, fakeFetch, jsonResponse } from '../../test/support/fake-fetch.ts';
import { reportStatus } from './report-status.ts';

const device = { deviceId: 'd1', token: 't1', fmp: 'GOLI' };
const depsWith = (fetchFn: typeof fetch) => ({
  db: freshDatabase(),
  fetch: fetchFn,
  device,
  appVersion: '0.1.0',
  storagePersisted: true,
});

describe('a status report', () => {
  it('gives back the FMP the server names, so a tablet with nothing to send learns that it was moved', async () => {
    expect(await reportStatus(depsWith(fakeFetch().fetch))).toBe(FAKE_DEVICE_FMP);
  });

  it.each([
    ['refused', () => Promise.resolve(jsonResponse({ error: { code: 'unauthorized', message: '' } }, 401))],
    ['answered without an FMP', () => Promise.resolve(jsonResponse({}))],
    ['lost on the way', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('gives null when it was %s', async (_, fetchFn) => {
    expect(await reportStatus(depsWith(fetchFn as typeof fetch))).toBeNull();
  });
});
