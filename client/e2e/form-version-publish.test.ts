import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api.ts';
import { launchChromium } from './support/browser.ts';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { screeningV2Workbook, TRACED_LABELS } from './support/screening-v2-workbook.ts';
import {
  SCREENING,
  backHome,
  homeHeading,
  recordForm,
  recordRows,
  syncNow,
  waitForTodayCount,
} from './support/tablet-screen.ts';
import { signInAsStaff } from './support/staff-fleet.ts';

const OFFICER = { username: 'okello', password: 'an officer password' };

let tablet: Tablet;
let staffBrowser: Browser;
let officer: Page;

beforeAll(async () => {
  // Officers publish only where the deployment lets them.
  tablet = await enrolledTablet({ env: { FMP_OFFICERS_PUBLISH_FORMS: '1' } });
  const made = await api(tablet.server.url, '/users', {
    method: 'POST',
    token: tablet.admin,
    body: { ...OFFICER, role: 'officer' },
  });
  expect(made.status).toBe(201);
  staffBrowser = await launchChromium();
  officer = await (await staffBrowser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAsStaff(officer, tablet.server.url, OFFICER.username, OFFICER.password);
});

afterAll(async () => {
  await staffBrowser?.close();
  await tablet?.close();
});

const finish = (page: Page) => page.getByRole('button', { name: 'Finish and save' }).click();

/** The form version the tablet stored each screening record on, by state. */
const screeningVersions = async (page: Page) =>
  (await readDeviceState(page)).records.filter((r) => r.form === 'screening').map((r) => r.formVersion);

describe('a new form version, from an officer’s upload to the export', () => {
  it('starts a screening v1 draft on the tablet', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Health screening' }).click();
    await recordForm(page, SCREENING).waitFor();
    await fillField(page, 'shift', 'morning');
    await expect.poll(() => screeningVersions(page)).toEqual([1]);
  });

  it('shows the officer the problems, changes and preview of the upload, then publishes it', async () => {
    await officer.getByRole('link', { name: 'Forms' }).click();
    const v1 = await fetch(`${tablet.server.url}/api/v1/forms/screening/1.xlsx`, {
      headers: { Authorization: `Bearer ${tablet.admin}` },
    });
    const workbook = await v1.arrayBuffer();
    const upload = officer.getByLabel('XLSForm (.xlsx) or JSON definition');

    await upload.setInputFiles(await screeningV2Workbook(workbook, { type: 'geopoint' }));
    const problems = officer.getByRole('table', { name: '1 problem: correct the file and choose it again' });
    const problem = problems.getByRole('row').filter({ hasText: 'unknown-type' });
    await problem.waitFor();
    expect(await problem.getByRole('cell').allTextContents()).toEqual([
      'survey',
      '13',
      'type',
      'A13',
      'unknown-type Unknown type geopoint',
    ]);
    expect(await officer.getByRole('button', { name: /^Publish/ }).count()).toBe(0);

    await upload.setInputFiles(await screeningV2Workbook(workbook));

    await officer.getByText('No problems: screening version 2 can be published.').waitFor();
    const changes = officer.getByRole('region', { name: 'What changes from version 1' });
    expect(await changes.getByRole('term').allTextContents()).toEqual(['Questions added']);
    expect(await changes.getByRole('definition').allTextContents()).toEqual(['contacts_traced']);
    for (const [language, label] of [
      ['English', TRACED_LABELS['en']],
      ['Français', TRACED_LABELS['fr']],
      ['Kiswahili', TRACED_LABELS['sw']],
    ] as const) {
      const preview = officer.getByRole('region', { name: `In ${language}` });
      await preview.getByLabel(label ?? '', { exact: true }).waitFor();
    }

    await officer.getByRole('button', { name: 'Publish screening version 2' }).click();
    await officer.getByText('Published: screening version 2. Tablets get it at their next sync.').waitFor();
    const rows = officer.getByRole('table', { name: 'Published versions' }).getByRole('row');
    await rows.filter({ hasText: /screening\s*2\s*xlsform\s*.*okello\s*in use/ }).waitFor();
  });

  it('finishes the v1 draft on v1, without the new question, after a sync brought v2', async () => {
    const { page } = tablet;
    await backHome(page);
    await syncNow(page).click();
    await expect
      .poll(async () => (await readDeviceState(page)).forms.filter((f) => f.id === 'screening'))
      .toEqual([
        { id: 'screening', version: 1, offered: true, definition: expect.anything() },
        { id: 'screening', version: 2, offered: true, definition: expect.anything() },
      ]);

    await recordRows(page, 'Latest records').first().getByRole('button', { name: 'Continue' }).click();
    const form = recordForm(page, SCREENING);
    await form.getByLabel('People screened', { exact: true }).waitFor();
    expect(await form.getByLabel(TRACED_LABELS['en'] ?? '', { exact: true }).count()).toBe(0);
    await fillField(page, 'screened', '3');
    await finish(page);
    await homeHeading(page).waitFor();
    await syncNow(page).click();
    await waitForTodayCount(page, 'Sent', 1);
    expect(await screeningVersions(page)).toEqual([1]);
  });

  it('asks the new question in the next new screening record, made on v2', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Health screening' }).click();
    const form = recordForm(page, SCREENING);
    await form.getByLabel(TRACED_LABELS['en'] ?? '', { exact: true }).waitFor();
    await fillField(page, 'shift', 'afternoon');
    await fillField(page, 'screened', '5');
    await fillField(page, 'contacts_traced', '4');
    await finish(page);
    await homeHeading(page).waitFor();
    await syncNow(page).click();
    await waitForTodayCount(page, 'Sent', 2);
    expect((await screeningVersions(page)).sort()).toEqual([1, 2]);
  });

  it('exports both, with form_version 1 and 2 and the new column empty for v1', async () => {
    const res = await fetch(`${tablet.server.url}/api/v1/exports/screening.csv`, {
      headers: { Authorization: `Bearer ${tablet.admin}` },
    });
    const [header = [], ...rows] = parse(await res.text()) as string[][];
    const cells = rows.map((row) => [row[header.indexOf('form_version')], row[header.indexOf('contacts_traced')]]);
    expect(cells.sort()).toEqual([
      ['1', ''],
      ['2', '4'],
    ]);
  });
});
