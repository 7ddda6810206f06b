import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { launchChromium } from './support/browser.ts';
import { waitForChartsDrawn } from './support/charts-drawn.ts';
import { screenshotBothSizes } from './support/screenshot.ts';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { adminToken, api, enrolledDevice, exportText } from './support/api.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';
import type { PushRecord } from '../../shared/push.ts';
import { catalogText } from './support/catalog-text.ts';
import ExcelJS from 'exceljs';

let server: ServerProcess;
let browser: Browser;
let page: Page;
let admin: string;
const cspViolations: string[] = [];
const PASSWORD = 'a long enough password';
let silent: { deviceId: string; token: string };
let records: PushRecord[];
let rejected: PushRecord;

const enroll = (fmp: string, label: string) => enrolledDevice(server.url, admin, fmp, label);

/** Observed in the last days, both directions, two FMPs: something for every chart. */
function recentRecords(): PushRecord[] {
  const hour = 3600_000;
  return Array.from({ length: 24 }, (_, i) => {
    const incoming = i % 3 !== 0;
    return makePushRecord({
      seq: i + 1,
      data: makeFmrData({
        fmp: i % 2 ? 'MPONDWE' : 'BUNAGANA',
        observed_at: new Date(Date.now() - (i * 7 + 2) * hour).toISOString(),
        direction: incoming ? 'incoming' : 'outgoing',
        origin_country: incoming ? 'COD' : 'UGA',
        origin_admin1: null,
        destination_country: incoming ? 'UGA' : 'COD',
        destination_admin1: null,
        destination_admin2: null,
        nationality: ['COD', 'UGA', 'RWA', 'SSD'][i % 4] ?? 'COD',
        transport: (['foot', 'motorbike', 'bus'] as const)[i % 3] ?? 'foot',
        reason: (['economic', 'family', 'health', 'buy_goods'] as const)[i % 4] ?? 'economic',
        males_18_59: 1 + (i % 3),
        females_60_plus: i % 2,
      }),
    });
  });
}

const signInButton = () => page.getByRole('button', { name: 'Sign in' });
const signOutButton = () => page.getByRole('button', { name: 'Sign out' });
const navLink = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

async function signIn(username: string, password: string) {
  await page.goto(`${server.url}/staff/`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await signInButton().click();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } })).newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  page.on('dialog', (dialog) => void dialog.accept());
  admin = await adminToken(server.url);
  for (const [username, role] of [
    ['odile', 'officer'],
    ['ana', 'analyst'],
  ]) {
    await api(server.url, '/users', { method: 'POST', token: admin, body: { username, password: PASSWORD, role } });
  }
  const busy = await enroll('MPONDWE', 'Mpondwe tablet 1');
  silent = await enroll('BUNAGANA', 'Bunagana tablet 2');
  records = recentRecords();
  // More pregnant women than women: quarantined, for the officer to fix.
  rejected = makePushRecord({
    seq: 99,
    data: makeFmrData({ observed_at: new Date(Date.now() - 3600_000).toISOString(), pregnant_lactating: 5 }),
  });
  // Each tablet sends the records of its own FMP, numbered from 1: the server refuses another FMP's.
  const of = (fmp: string) => records.filter((r) => r.data.fmp === fmp).map((r, i) => ({ ...r, seq: i + 1 }));
  const push = await api(server.url, '/sync/push', {
    method: 'POST',
    token: busy.token,
    body: makePushRequest(busy.deviceId, [...of('MPONDWE'), rejected]),
  });
  expect(push.status).toBe(200);
  await api(server.url, '/sync/push', {
    method: 'POST',
    token: silent.token,
    body: makePushRequest(silent.deviceId, of('BUNAGANA')),
  });
  // The second tablet last reached the server five days ago.
  const db = new Database(server.dbFile);
  db.prepare('UPDATE devices SET last_seen_at = ?, outbox_pending = 14, oldest_pending_at = ? WHERE id = ?').run(
    new Date(Date.now() - 5 * 86_400_000).toISOString(),
    new Date(Date.now() - 6 * 86_400_000).toISOString(),
    silent.deviceId,
  );
  db.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the staff workspace in Chromium', () => {
  it('lets an officer see a tablet that has not synced for days and revoke it', async () => {
    await signIn('odile', PASSWORD);
    const row = page.getByRole('row').filter({ hasText: silent.deviceId.slice(0, 8) });
    await row.waitFor();
    expect(await row.textContent()).toContain('not synced for 5 days');
    await page.getByRole('button', { name: 'New enrollment code' }).click();
    await page.getByRole('img').waitFor();
    await screenshotBothSizes(page, 'staff-fleet');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText('Revoked').waitFor();
    const push = await api(server.url, '/sync/push', {
      method: 'POST',
      token: silent.token,
      body: makePushRequest(silent.deviceId, []),
    });
    expect(push.status).toBe(401);
  });

  it('lets the officer correct a record with a reason, the old revision kept and the export updated', async () => {
    await navLink('Records').click();
    const record = records[0] as PushRecord;
    await page.getByRole('button', { name: `Open record ${record.id.slice(0, 8)}` }).click();
    const review = page.getByRole('region', { name: `Review record ${record.id}` });
    const correction = review.getByRole('form', { name: 'Correct' });
    await correction.getByLabel('Field').selectOption('males_18_59');
    await correction.getByLabel('New value').fill('7');
    await correction.getByLabel('Reason', { exact: true }).fill('Recounted from the paper tally');
    await correction.getByRole('button', { name: 'Correct' }).click();
    const pastRevisions = review.getByRole('list', { name: 'Earlier revisions' });
    await pastRevisions.waitFor();
    expect(
      await review
        .getByRole('row', { name: /^males_18_59\b/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('7');
    expect(await pastRevisions.textContent()).toContain('Revision 1 from the device');
    await screenshotBothSizes(page, 'staff-review');
    const [header, ...rows] = parse(await exportText(server.url, admin)) as string[][];
    const row = rows.find((r) => r[0] === record.id);
    expect(row?.[header?.indexOf('males_18_59') ?? -1]).toBe('7');
  });

  it('lets the officer fix a quarantined record and accept it', async () => {
    await navLink('Conflicts and quarantine').click();
    const item = page.getByRole('region', { name: 'Quarantine', exact: true }).getByRole('article');
    await item
      .getByLabel('Data to accept (JSON), fixed if needed')
      .fill(JSON.stringify({ ...rejected.data, pregnant_lactating: 1 }));
    await item.getByLabel('Comment').fill('Enumerator confirmed one pregnant woman');
    await item.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Nothing waiting.').nth(1).waitFor();
    const detail = await api<{ record: { data: { pregnant_lactating: number } } }>(
      server.url,
      `/records/${rejected.id}`,
      { token: admin },
    );
    expect(detail.body.record.data.pregnant_lactating).toBe(1);
    await signOutButton().click();
    await signInButton().waitFor();
  });

  it('lets an analyst open the dashboard and download the records as CSV and as XLSX', async () => {
    await signIn('ana', PASSWORD);
    await page.getByRole('img', { name: 'Individuals per day, by FMP and direction' }).waitFor();
    await page.getByRole('img', { name: 'Top nationalities' }).waitFor();
    expect(await navLink('Records').count()).toBe(0);
    await waitForChartsDrawn(page);
    await screenshotBothSizes(page, 'staff-dashboard');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download FMR records (CSV)' }).click(),
    ]);
    const bytes = readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
    expect(header?.[0]).toBe('record_id');
    expect(rows).toHaveLength(records.length + 1);

    const [workbookDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download FMR records (XLSX)' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await workbookDownload.path()) ?? '');
    const data = workbook.getWorksheet('Data');
    expect(data?.getCell('A1').value).toBe('record_id');
    expect(data?.rowCount).toBe(records.length + 2);
  });

  it('lets the admin retire an FMP from the users and FMPs page', async () => {
    await signOutButton().click();
    await signInButton().waitFor();
    await signIn('admin', PROCESS_ADMIN_PASSWORD);
    await navLink('Deployment, users and FMPs').click();
    await page.getByRole('table', { name: 'Users' }).getByText('odile').waitFor();
    const goli = page
      .getByRole('table', { name: 'Flow monitoring points' })
      .getByRole('row')
      .filter({ hasText: 'GOLI' });
    await goli.getByRole('button', { name: 'Retire' }).click();
    await goli.getByRole('button', { name: 'Reactivate' }).waitFor();
    const code = await api(server.url, '/enrollments', { method: 'POST', token: admin, body: { fmp: 'GOLI' } });
    expect(code.status).toBe(400);
  });

  it('tells the admin, in the language of the page, why a username was refused', async () => {
    const addUser = async (submit: string) => {
      await page.fill('[name=username]', '..');
      await page.fill('[name=password]', PASSWORD);
      await page.getByRole('button', { name: submit }).click();
    };
    await addUser(catalogText('en', 'staff-admin.createUser'));
    await page.getByRole('alert').getByText(catalogText('en', 'staff-admin.invalidUsername')).waitFor();
    await page.selectOption(`select[aria-label="${catalogText('en', 'staff.language')}"]`, 'fr');
    await addUser(catalogText('fr', 'staff-admin.createUser'));
    await page.getByRole('alert').getByText(catalogText('fr', 'staff-admin.invalidUsername')).waitFor();
    await page.selectOption(`select[aria-label="${catalogText('fr', 'staff.language')}"]`, 'en');
  });

  it('breaks no Content-Security-Policy rule on the way', () => {
    expect(cspViolations).toEqual([]);
  });
});
