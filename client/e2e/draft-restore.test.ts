import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import {
  FMR,
  FMS,
  SCREENING,
  backButton,
  groupTotal,
  homeHeading,
  recordForm,
  recordRows,
} from './support/tablet-screen.ts';

let tablet: Tablet;

const finishButton = (page: Page) => page.getByRole('button', { name: 'Finish and save' });

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const typed = {
  direction: 'outgoing',
  origin_country: 'UGA',
  origin_admin1: 'UG-W',
  origin_admin2: 'UG-406',
  destination_country: 'COD',
  transport: 'bus',
  reason: 'buy_goods',
  duration: 'less_than_day',
  males_18_59: '3',
  females_5_17: '2',
  notes: 'Wafanyabiashara; retour de Kasese',
};

async function valueOf(name: string): Promise<string> {
  const page = tablet.page;
  const kind = await page.$eval(`[name=${name}]`, (el) => (el instanceof HTMLInputElement ? el.type : el.tagName));
  if (kind === 'radio') return page.$eval(`[name=${name}]:checked`, (el) => (el as HTMLInputElement).value);
  return page.$eval(`[name=${name}]`, (el) => (el as HTMLInputElement).value);
}

describe('a draft survives the tab being closed mid-form', () => {
  it('autosaves every answer as it is typed', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'New group (FMR)' }).click();
    await recordForm(page, FMR).waitFor();
    for (const [name, value] of Object.entries(typed)) await fillField(page, name, value);
    expect(await groupTotal(page).textContent()).toBe('Group total: 5');
    await expect.poll(async () => (await readDeviceState(page)).records[0]?.data['notes']).toBe(typed.notes);
  });

  it('reopens the same form, field for field, in a new tab', async () => {
    await tablet.page.close({ runBeforeUnload: false });
    tablet.page = await tablet.context.newPage();
    await tablet.page.goto(tablet.server.url);
    await recordForm(tablet.page, FMR).waitFor();
    for (const [name, value] of Object.entries(typed)) expect(await valueOf(name), name).toBe(value);
    expect(await groupTotal(tablet.page).textContent()).toBe('Group total: 5');
  });

  it('finishes the draft, which then opens read-only from the records list', async () => {
    const { page } = tablet;
    await finishButton(page).click();
    await homeHeading(page).waitFor();
    await page.getByRole('button', { name: 'Records on this tablet' }).click();
    await recordRows(page, 'Records on this tablet').first().getByRole('button', { name: 'View' }).click();
    await recordForm(page, FMR).getByText('This record is finished: it can be read, not changed.').waitFor();
    expect(await finishButton(page).count()).toBe(0);
    expect(await page.getByLabel('Notes', { exact: true }).isDisabled()).toBe(true);
    await backButton(page).click();
  });

  it('clears an interview’s answers as soon as consent turns to No', async () => {
    const { page } = tablet;
    await homeHeading(page).waitFor();
    await page.getByRole('button', { name: 'Interview (FMS)' }).click();
    await recordForm(page, FMS).waitFor();
    await fillField(page, 'consent', 'yes');
    await fillField(page, 'sex', 'female');
    await fillField(page, 'age', '34');
    await fillField(page, 'needs', 'water');
    expect(await page.$('[name=education]')).not.toBeNull();
    await fillField(page, 'consent', 'no');
    expect(await page.$('[name=sex]')).toBeNull();
    await expect
      .poll(async () => {
        const draft = (await readDeviceState(page)).records.find((r) => r.form === 'fms');
        return draft?.data;
      })
      .toMatchObject({ consent: 'no', sex: '', age: '', needs: [] });
    await finishButton(page).click();
    await homeHeading(page).waitFor();
  });

  it('deletes a draft for good once the person confirms', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Health screening' }).click();
    await recordForm(page, SCREENING).waitFor();
    await fillField(page, 'screened', '12');
    const id = await recordForm(page, SCREENING).getAttribute('data-record-id');
    await expect.poll(async () => (await readDeviceState(page)).records.some((r) => r.id === id)).toBe(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete this draft' }).click();
    await homeHeading(page).waitFor();
    expect((await readDeviceState(page)).records.some((r) => r.id === id)).toBe(false);
  });
});
