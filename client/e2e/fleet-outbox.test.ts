import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROCESS_ADMIN_PASSWORD } from '../../sync-server/test/support/server-process.ts';
import type { DevicesResponse } from '../../shared/devices.ts';
import { api } from './support/api.ts';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { readFleetCell, signInAsStaff } from './support/staff-fleet.ts';

let tablet: Tablet;
let staff: Page;
let deviceId: string;

beforeAll(async () => {
  tablet = await enrolledTablet();
  deviceId = (await readDeviceState(tablet.page)).device.deviceId;
  staff = await (await tablet.browser.newContext()).newPage();
  await signInAsStaff(staff, tablet.server.url, 'admin', PROCESS_ADMIN_PASSWORD);
});

afterAll(async () => {
  await tablet?.close();
});

const waitingOnFleet = () => readFleetCell(staff, deviceId, 'Waiting in outbox');
const lastSeenAt = async () =>
  (await api<DevicesResponse>(tablet.server.url, '/devices', { token: tablet.admin })).body.devices.find(
    (d) => d.deviceId === deviceId,
  )?.lastSeenAt;
const syncNow = () => tablet.page.getByRole('button', { name: 'Sync now' }).click();

describe('the fleet page follows a tablet’s outbox down to zero', () => {
  it('shows the records a tablet captured offline as waiting once it reaches the server', async () => {
    const { page, context } = tablet;
    await context.setOffline(true);
    await page.getByRole('button', { name: /^Tally session/ }).click();
    await page.getByRole('button', { name: 'Close this interval now' }).click();
    await page.getByText('Intervals recorded: 1').waitFor();
    await page.getByRole('button', { name: /Back \(the session stays open\)/ }).click();
    // The server refuses the push (as a proxy's size limit would); the records stay on the tablet.
    let refused = 0;
    await context.route('**/api/v1/sync/push', (route) => {
      refused += 1;
      return route.fulfill({
        status: 413,
        contentType: 'application/json',
        body: '{"error":{"code":"payload-too-large","message":"too large"}}',
      });
    });
    await context.setOffline(false);
    await syncNow();
    await expect.poll(waitingOnFleet, { timeout: 30_000 }).toMatch(/^2 /);
    expect(refused).toBeGreaterThan(0);
    expect((await readDeviceState(page)).outbox).toHaveLength(2);
  });

  it('shows 0 waiting once the tablet has sent them', async () => {
    await tablet.context.unroute('**/api/v1/sync/push');
    await syncNow();
    await expect.poll(async () => (await readDeviceState(tablet.page)).outbox.length, { timeout: 30_000 }).toBe(0);
    await expect.poll(waitingOnFleet, { timeout: 30_000 }).toBe('0');
  });

  it('hears from a tablet whose sync had nothing to send', async () => {
    const before = await lastSeenAt();
    await syncNow();
    await expect.poll(lastSeenAt, { timeout: 30_000 }).not.toBe(before);
    expect(await waitingOnFleet()).toBe('0');
  });
});
