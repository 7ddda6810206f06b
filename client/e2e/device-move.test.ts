import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import type { DevicesResponse } from '../../shared/devices.ts';
import { api } from './support/api.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { homeHeading, syncNow, waitForTodayCount } from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const fmpShown = (code: string) => tablet.page.getByText(new RegExp(`^Flow monitoring point\\s*${code}$`));

describe('a tablet an officer moved to another FMP', () => {
  it('takes the new FMP at its next sync, and keeps it after a reload', async () => {
    const { page, server, admin } = tablet;
    await fmpShown('MPONDWE').waitFor();
    const [device] = (await api<DevicesResponse>(server.url, '/devices', { token: admin })).body.devices;
    const moved = await api(server.url, `/devices/${device?.deviceId}`, {
      method: 'PATCH',
      token: admin,
      body: { fmp: 'GOLI' },
    });
    expect(moved.status).toBe(200);
    await queueRawRecords(page, [makeFmrData({ fmp: 'GOLI', observed_at: new Date().toISOString() })]);
    await syncNow(page).click();
    await waitForTodayCount(page, 'Waiting to send', 0);
    await fmpShown('GOLI').waitFor();
    await page.reload();
    await homeHeading(page).waitFor();
    await fmpShown('GOLI').waitFor();
    expect(await fmpShown('MPONDWE').count()).toBe(0);
  });

  it('learns of a move at a sync with nothing to send, from the answer to its status report', async () => {
    const { page, server, admin } = tablet;
    await waitForTodayCount(page, 'Waiting to send', 0);
    const [device] = (await api<DevicesResponse>(server.url, '/devices', { token: admin })).body.devices;
    const moved = await api(server.url, `/devices/${device?.deviceId}`, {
      method: 'PATCH',
      token: admin,
      body: { fmp: 'BUSUNGA' },
    });
    expect(moved.status).toBe(200);
    await syncNow(page).click();
    await fmpShown('BUSUNGA').waitFor();
  });
});
