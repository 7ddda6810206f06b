import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { signInAsStaff } from './support/staff-fleet.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { adminToken, api, enrolledDevice } from './support/api.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';

let server: ServerProcess;
let browser: Browser;
let page: Page;
// Notes far over their limit: rejected, and too large for quarantine to keep whole.
const huge = makePushRecord({ data: makeFmrData({ notes: 'x'.repeat(300_000) }) });

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const admin = await adminToken(server.url);
  const device = await enrolledDevice(server.url, admin, 'MPONDWE');
  const push = await api(server.url, '/sync/push', {
    method: 'POST',
    token: device.token,
    body: makePushRequest(device.deviceId, [huge]),
  });
  expect(push.status).toBe(200);
  await signInAsStaff(page, server.url, 'admin', PROCESS_ADMIN_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a truncated record on the quarantine page in Chromium', () => {
  it('shows its kept start, says it can only be dismissed, offers no Accept, and dismisses', async () => {
    await page.goto(`${server.url}/staff/#/queues`);
    const item = page.getByRole('region', { name: 'Quarantine', exact: true }).getByRole('article');
    await item.waitFor();
    expect(
      await item
        .getByText(
          /^Only the first 64 KiB of this record \(\d+ KiB\) were kept: it cannot be accepted, only dismissed\.$/,
        )
        .count(),
    ).toBe(1);
    expect(await item.textContent()).toContain(huge.id);
    expect(await item.locator('pre').textContent()).toMatch(/^\{"createdAt":.*"notes":"xxx/);
    expect(await item.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await item.getByLabel('Comment').fill('test record');
    await item.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Nothing waiting.').last().waitFor();
  });
});
