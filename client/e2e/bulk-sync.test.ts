import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { exportText } from './support/api.ts';
import { readDeviceState } from './support/device-state.ts';
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

describe('500 records captured offline', () => {
  it('are sent when the tablet is back online, with progress shown, until the outbox is empty', async () => {
    const { page, context, server, admin } = tablet;
    await context.setOffline(true);
    const observedAt = new Date(Date.now() - 3_600_000).toISOString();
    await queueRawRecords(
      page,
      Array.from({ length: 500 }, () => makeFmrData({ observed_at: observedAt })),
    );
    await page.reload();
    await waitForTodayCount(page, 'Waiting to send', 500);

    // Every progress text the status line shows while sending, collected as it changes; the line is a live status.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('[role=status][data-total]');
        if (line) seen.push(`${line.getAttribute('data-sent')}/${line.getAttribute('data-total')} ${line.textContent}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await context.setOffline(false);
    await syncNow(page).click();
    await waitForTodayCount(page, 'Waiting to send', 0, { timeout: 60_000 });

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen[0]).toBe('0/500 Sending 0 of 500');
    expect(seen).toContain('200/500 Sending 200 of 500');
    expect((await readDeviceState(page)).outbox).toHaveLength(0);
    const rows = parse(await exportText(server.url, admin)) as string[][];
    expect(rows).toHaveLength(501);
  });
});
