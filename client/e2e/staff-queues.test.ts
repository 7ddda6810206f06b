import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { adminToken, api, enrolledDevice } from './support/api.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';
import { signInAsStaff } from './support/staff-fleet.ts';

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
  const device = await enrolledDevice(server.url, admin, 'MPONDWE');
  const stored = makePushRecord();
  const replays = conflictNotes.map((notes) => ({ ...stored, data: makeFmrData({ notes }) }));
  const push = await api(server.url, '/sync/push', {
    method: 'POST',
    token: device.token,
    body: makePushRequest(device.deviceId, [stored, ...replays, ...rejected]),
  });
  expect(push.status).toBe(200);
  await signInAsStaff(page, server.url, 'admin', PROCESS_ADMIN_PASSWORD);
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

/** The items of one list, 'Conflicts' or 'Quarantine', named by its heading. */
const items = (list: string) => page.getByRole('region', { name: list, exact: true }).getByRole('article');

describe('the conflicts and quarantine page in Chromium', () => {
  it.each([
    {
      list: 'Conflicts',
      other: 'Quarantine',
      pages: 'Pages of conflicts',
      first: 'variant 0',
      last: `variant ${COUNT - 1}`,
    },
    {
      list: 'Quarantine',
      other: 'Conflicts',
      pages: 'Pages of the quarantine',
      first: rejected[0]?.id ?? '',
      last: rejected.at(-1)?.id ?? '',
    },
  ])('pages the $list list on its own, to the last item and back', async ({ list, other, pages, first, last }) => {
    await items(list).nth(49).waitFor();
    await items(other).nth(49).waitFor();
    expect(await items(list).count()).toBe(50);
    expect(await items(list).first().textContent()).toContain(first);
    const pager = page.getByRole('navigation', { name: pages });
    await pager.getByRole('button', { name: 'Next page' }).click();
    await items(list).nth(1).waitFor({ state: 'detached' });
    expect(await items(list).textContent()).toContain(last);
    expect(await items(other).count()).toBe(50);
    expect(await pager.getByRole('button', { name: 'Next page' }).count()).toBe(0);
    await pager.getByRole('button', { name: 'First page' }).click();
    await items(list).nth(49).waitFor();
    expect(await items(list).first().textContent()).toContain(first);
  });

  // After the paging tests, which count the 51 items each list starts with.
  it('moves a decided item from the waiting list to the resolved one, with who decided what and why', async () => {
    await items('Conflicts').nth(49).waitFor();
    await items('Quarantine').nth(49).waitFor();
    const conflict = items('Conflicts').first();
    await conflict.getByLabel('Comment').fill('the tablet kept an older copy');
    await conflict.getByRole('button', { name: 'Keep stored' }).click();
    const rejectedItem = items('Quarantine').first();
    await rejectedItem.getByLabel('Comment').fill('test record, not a traveller');
    await rejectedItem.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => items('Conflicts').first().textContent()).toContain('variant 1');
    await expect.poll(() => items('Quarantine').first().textContent()).toContain(rejected[1]?.id);

    await page.getByLabel('Show').selectOption('resolved');
    await expect.poll(() => items('Conflicts').count()).toBe(1);
    expect(await items('Conflicts').textContent()).toContain('variant 0');
    expect(
      await items('Conflicts')
        .getByText(/^Stored record kept by admin on .+: the tablet kept an older copy$/)
        .count(),
    ).toBe(1);
    expect(await items('Conflicts').locator('form').count()).toBe(0);
    await expect.poll(() => items('Quarantine').count()).toBe(1);
    expect(await items('Quarantine').textContent()).toContain(rejected[0]?.id);
    expect(
      await items('Quarantine')
        .getByText(/^Dismissed by admin on .+: test record, not a traveller$/)
        .count(),
    ).toBe(1);

    await page.getByLabel('Show').selectOption('open');
    await expect.poll(() => items('Conflicts').count()).toBe(COUNT - 1);
    expect(await items('Conflicts').first().textContent()).toContain('variant 1');
  });
});
