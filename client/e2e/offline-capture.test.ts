import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { launchChromium } from './support/browser.ts';
import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { adminToken, api, enrollmentCode, exportText } from './support/api.ts';
import { readDeviceState } from './support/device-state.ts';
import { fillField } from './support/fill-field.ts';
import { enrollThroughUi } from './support/enrolled-tablet.ts';
import { FMR, homeHeading, recordForm, recordRows, recordRowsIn, syncNow } from './support/tablet-screen.ts';
import type { PushResponse } from '../../shared/push.ts';
import { makePushRequest } from '../../shared/test/fixtures.ts';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  admin = await adminToken(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const typed = {
  direction: 'incoming',
  origin_country: 'COD',
  destination_country: 'UGA',
  nationality: 'COD',
  transport: 'motorbike',
  reason: 'family',
  duration: 'day_to_week',
  males_18_59: '2',
  females_18_59: '1',
  females_0_4: '1',
  notes: 'Mama na watoto; déplacés de Beni, "3" sacs',
};

describe('a record captured offline reaches SQLite and the CSV export', () => {
  it('enrolls the tablet with a code and installs the service worker', async () => {
    const code = await enrollmentCode(server.url, admin, 'MPONDWE');
    await enrollThroughUi(page, server.url, code);
  });

  it('finalises a record while offline and still shows it, unsent, after an offline reload', async () => {
    await context.setOffline(true);
    await page.getByLabel('Your name (enumerator)').fill('Amina');
    await page.getByRole('button', { name: 'New group (FMR)' }).click();
    await recordForm(page, FMR).waitFor();
    for (const [name, value] of Object.entries(typed)) await fillField(page, name, value);
    await page.getByRole('button', { name: 'Finish and save' }).click();
    await recordRowsIn(page, 'Latest records', 'Waiting to send').waitFor();

    await page.reload();
    await homeHeading(page).waitFor();
    const rows = recordRows(page, 'Latest records');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.textContent()).toMatch(/^Waiting to send/);
    const csv = parse(await exportText(server.url, admin)) as string[][];
    expect(csv).toHaveLength(1);
  });

  it('pushes it when back online, and the export holds exactly that record with the values typed', async () => {
    await context.setOffline(false);
    await syncNow(page).click();
    await recordRowsIn(page, 'Latest records', 'Sent').waitFor({ timeout: 30_000 });
    const state = await readDeviceState(page);
    expect(state.outbox).toHaveLength(0);

    const [header, ...rows] = parse(await exportText(server.url, admin)) as string[][];
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries((header ?? []).map((col, i) => [col, rows[0]?.[i]]));
    const recordId = await recordRows(page, 'Latest records').getAttribute('data-record-id');
    expect(row.record_id).toBe(recordId);
    expect(row).toMatchObject({ ...typed, fmp: 'MPONDWE', enumerator: 'Amina', males_0_4: '0', estimated: 'false' });
  });

  it('answers duplicate to the same record pushed again through the API, and the export keeps one row', async () => {
    const state = await readDeviceState(page);
    const stored = state.records[0];
    if (!stored) throw new Error('no record on the device');
    const { id, seq, form, formVersion, createdAt, finalizedAt, enumerator, data } = stored;
    const record = { id, seq, form, formVersion, createdAt, finalizedAt, enumerator, data };
    const res = await api<PushResponse>(server.url, '/sync/push', {
      method: 'POST',
      token: state.device.token,
      body: makePushRequest(state.device.deviceId, [record]),
    });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ id, status: 'duplicate' }]);
    expect(parse(await exportText(server.url, admin))).toHaveLength(2);
  });
});
