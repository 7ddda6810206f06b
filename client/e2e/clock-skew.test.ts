import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { syncNow, waitForTodayCount } from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

describe('a tablet whose clock is wrong', () => {
  it('is told so after a sync, by how many minutes, from the server’s time in the answer', async () => {
    const { page } = tablet;
    // The server's time comes with a push answer, so each sync here sends one record.
    const send = async () => {
      await queueRawRecords(page, [makeFmrData({ observed_at: new Date().toISOString() })]);
      await page.reload();
      await syncNow(page).click();
      await waitForTodayCount(page, 'Waiting to send', 0);
    };
    const warning = page.getByRole('alert').filter({ hasText: 'This tablet’s clock' });
    await send();
    expect(await warning.count()).toBe(0);

    await page.clock.setSystemTime(Date.now() + 25 * 60_000);
    await send();
    expect(await warning.textContent()).toMatch(/^This tablet’s clock is 2[45] minutes ahead of the server\./);
  });
});
