import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { PROCESS_ADMIN_PASSWORD, startServer, type ServerProcess } from '../../sync-server/src/testing/server-process.ts';
import { adminToken, api, enrollmentCode } from './support/api.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../shared/test-fixtures.ts';

// One more than the 50 items a page of the queues page shows.
const COUNT = 51;

let server: ServerProcess;
let browser: Browser;
let page: Page;
const conflictNotes = Array.from({ length: COUNT }, (_, i) => `variant ${i}`);
const rejected = Array.from({ length: COUNT }, () => makePushRecord({ data: makeFmrData({ pregnant_lactating: 9 }) }));

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const admin = await adminToken(server.url);
  const code = await enrollmentCode(server.url, admin, 'MPONDWE');
  const device = (await api<{ deviceId: string; token: string }>(server.url, '/devices/enroll', { method: 'POST', body: { code, label: 'tablet' } })).body;
  const stored = makePushRecord();
  const replays = conflictNotes.map((notes) => ({ ...stored, data: makeFmrData({ notes }) }));
  const push = await api(server.url, '/sync/push', { method: 'POST', token: device.token, body: makePushRequest(device.deviceId, [stored, ...replays, ...rejected]) });
  expect(push.status).toBe(200);
  await page.goto(`${server.url}/staff/`);
  await page.fill('[name=username]', 'admin');
  await page.fill('[name=password]', PROCESS_ADMIN_PASSWORD);
  await page.click('[data-testid=sign-in]');
  await page.waitForSelector('[data-testid=sign-out]');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// A fresh page each time: both lists back on their first page.
beforeEach(async () => {
  await page.goto('about:blank');
  await page.goto(`${server.url}/staff/#/queues`);
});

const items = (testid: string) => page.locator(`[data-testid=${testid}]`);

describe('the conflicts and quarantine page in Chromium', () => {
  it.each([
    { testid: 'conflict', other: 'quarantined', pages: 'Pages of conflicts', first: 'variant 0', last: `variant ${COUNT - 1}` },
    { testid: 'quarantined', other: 'conflict', pages: 'Pages of the quarantine', first: rejected[0]?.id ?? '', last: rejected.at(-1)?.id ?? '' },
  ])('pages the $testid list on its own, to the last item and back', async ({ testid, other, pages, first, last }) => {
    await items(testid).nth(49).waitFor();
    await items(other).nth(49).waitFor();
    expect(await items(testid).count()).toBe(50);
    expect(await items(testid).first().textContent()).toContain(first);
    const pager = page.getByRole('navigation', { name: pages });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await items(testid).nth(1).waitFor({ state: 'detached' });
    expect(await items(testid).textContent()).toContain(last);
    expect(await items(other).count()).toBe(50);
    expect(await pager.getByRole('button', { name: 'Next page' }).count()).toBe(0);
    await pager.getByRole('button', { name: 'First page' }).click();
    await items(testid).nth(49).waitFor();
    expect(await items(testid).first().textContent()).toContain(first);
  });

  // After the paging tests, which count the 51 items each list starts with.
  it('moves a decided item from the waiting list to the resolved one, with who decided what and why', async () => {
    await items('conflict').nth(49).waitFor();
    await items('quarantined').nth(49).waitFor();
    const conflict = items('conflict').first();
    await conflict.locator('[name=comment]').fill('the tablet kept an older copy');
    await conflict.getByRole('button', { name: 'Keep stored' }).click();
    const rejectedItem = items('quarantined').first();
    await rejectedItem.locator('[name=comment]').fill('test record, not a traveller');
    await rejectedItem.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => items('conflict').first().textContent()).toContain('variant 1');
    await expect.poll(() => items('quarantined').first().textContent()).toContain(rejected[1]?.id);

    await page.selectOption('select[name=state]', 'resolved');
    await expect.poll(() => items('conflict').count()).toBe(1);
    expect(await items('conflict').textContent()).toContain('variant 0');
    expect(await items('conflict').getByTestId('resolution').textContent()).toMatch(/^Stored record kept by admin on .+: the tablet kept an older copy$/);
    expect(await items('conflict').locator('form').count()).toBe(0);
    await expect.poll(() => items('quarantined').count()).toBe(1);
    expect(await items('quarantined').textContent()).toContain(rejected[0]?.id);
    expect(await items('quarantined').getByTestId('resolution').textContent()).toMatch(/^Dismissed by admin on .+: test record, not a traveller$/);

    await page.selectOption('select[name=state]', 'open');
    await expect.poll(() => items('conflict').count()).toBe(COUNT - 1);
    expect(await items('conflict').first().textContent()).toContain('variant 1');
  });
});
