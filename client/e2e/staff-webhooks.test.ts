import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { catalogText } from './support/catalog-text.ts';
import { adminToken, api, enrolledDevice } from './support/api.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../sync-server/test/support/webhook-receiver.ts';
import { makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';
import type { WebhookView } from '../../shared/webhooks.ts';
import { signInAsStaff } from './support/staff-fleet.ts';

const SECRET = 'typed by the admin, shared with the receiver';

let server: ServerProcess;
let receiver: WebhookReceiver;
let browser: Browser;
let page: Page;
let admin: string;
let device: { deviceId: string; token: string };

const webhooksTable = () => page.getByRole('table', { name: catalogText('en', 'staff-admin.webhooksTitle') });
const row = () => webhooksTable().getByRole('row').filter({ hasText: receiver.url });

/** Loaded afresh: the page reads the webhooks once, when it opens. */
async function openAdminPage() {
  await page.goto(`${server.url}/staff/#/admin`);
  await page.reload();
  await webhooksTable().waitFor();
}

async function push(count: number) {
  const records = Array.from({ length: count }, () => makePushRecord());
  const res = await api(server.url, '/sync/push', {
    method: 'POST',
    token: device.token,
    body: makePushRequest(device.deviceId, records),
  });
  expect(res.status).toBe(200);
}

/** The webhook as the API shows it. */
async function webhook(): Promise<WebhookView | undefined> {
  const { body } = await api<{ webhooks: WebhookView[] }>(server.url, '/webhooks', { token: admin });
  return body.webhooks.find((w) => w.url === receiver.url);
}

beforeAll(async () => {
  receiver = await startWebhookReceiver(SECRET);
  server = await startServer({
    env: { FMP_WEBHOOK_POLL_MS: '50', FMP_WEBHOOK_BACKOFF_MS: '20', FMP_WEBHOOK_TIMEOUT_MS: '1000' },
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  admin = await adminToken(server.url);
  device = await enrolledDevice(server.url, admin, 'MPONDWE');
  await signInAsStaff(page, server.url, 'admin', PROCESS_ADMIN_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.stop();
});

describe('webhooks on the admin page in Chromium', () => {
  it('tells the admin, in the language of the page, why a receiver URL was refused', async () => {
    await openAdminPage();
    await page.selectOption(`select[aria-label="${catalogText('en', 'staff.language')}"]`, 'fr');
    await page.getByLabel(catalogText('fr', 'staff-admin.webhookUrl')).fill('ftp://warehouse.example.org/in');
    await page.getByLabel(catalogText('fr', 'staff-admin.webhookSecret')).fill(SECRET);
    await page.getByRole('button', { name: catalogText('fr', 'staff-admin.createWebhook') }).click();
    await page.getByRole('alert').getByText(catalogText('fr', 'staff-admin.invalidWebhookUrl')).waitFor();
    await page.selectOption(`select[aria-label="${catalogText('fr', 'staff.language')}"]`, 'en');
  });

  it('lets the admin add a webhook and see what it delivered, and then why it fails', async () => {
    await openAdminPage();
    await page.getByLabel(catalogText('en', 'staff-admin.webhookUrl')).fill(receiver.url);
    await page.getByLabel(catalogText('en', 'staff-admin.webhookSecret')).fill(SECRET);
    await page.getByRole('button', { name: catalogText('en', 'staff-admin.createWebhook') }).click();
    await row().waitFor();
    expect(await page.content()).not.toContain(SECRET);

    await push(3);
    await expect.poll(async () => (await webhook())?.delivered, { timeout: 20_000 }).toBe(3);
    await openAdminPage();
    expect(await row().getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining([receiver.url, '0', '3', catalogText('en', 'staff-admin.noError')]),
    );

    await receiver.stop();
    await push(2);
    await expect.poll(async () => (await webhook())?.failing, { timeout: 20_000 }).toBe(2);
    await openAdminPage();
    await row()
      .getByText(/Could not reach the receiver/)
      .waitFor();
    expect((await row().getByRole('cell').allTextContents()).slice(1, 5)).toEqual(['2', '3', '2', '0']);

    await row()
      .getByRole('button', { name: catalogText('en', 'staff-admin.deleteWebhook') })
      .click();
    await row().waitFor({ state: 'detached' });
  });
});
