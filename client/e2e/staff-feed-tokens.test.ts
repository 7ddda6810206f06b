import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { catalogText } from './support/catalog-text.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { signInAsStaff } from './support/staff-fleet.ts';

let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInAsStaff(page, server.url, 'admin', PROCESS_ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'Deployment, users and FMPs' }).click();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What Power BI sends with a feed token: any user name, the token as the password. */
const readFeed = (token: string) =>
  fetch(`${server.url}/api/v1/odata/fmr`, {
    headers: { Authorization: `Basic ${Buffer.from(`powerbi:${token}`).toString('base64')}` },
  });

describe('feed tokens on the admin page', () => {
  it('shows a new token once, which reads the feed until the admin revokes it', async () => {
    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: catalogText('en', 'staff-admin.feedTokensTitle') }) });
    await section.getByText(`${server.url}/api/v1/odata/`).waitFor();
    await section.getByLabel('Name').fill('Kasese dashboard');
    await section.getByLabel('Role').selectOption('analyst');
    await section.getByRole('button', { name: catalogText('en', 'staff-admin.createFeedToken') }).click();
    const token = (await section.getByRole('status').locator('.code').textContent()) ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await readFeed(token)).status).toBe(200);

    const row = section.getByRole('row').filter({ hasText: 'Kasese dashboard' });
    await row.getByText(catalogText('en', 'staff-admin.inUse')).waitFor();
    await row.getByRole('button', { name: 'Revoke Kasese dashboard' }).click();
    await row.getByRole('button').waitFor({ state: 'detached' });
    expect((await readFeed(token)).status).toBe(401);
    await page.reload();
    await page.getByRole('row').filter({ hasText: 'Kasese dashboard' }).waitFor();
    expect(await page.getByText(token).count()).toBe(0);
  });
});
