import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';

let tablet: Tablet;

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
    await page.click('[data-testid=new-fmr]');
    await page.waitForSelector('[data-testid=record-form][data-form=fmr]');
    for (const [name, value] of Object.entries(typed)) await fillField(page, name, value);
    expect(await page.getAttribute('[data-testid=group-total]', 'data-total')).toBe('5');
    await expect.poll(async () => (await readDeviceState(page)).records[0]?.data['notes']).toBe(typed.notes);
  });

  it('reopens the same form, field for field, in a new tab', async () => {
    await tablet.page.close({ runBeforeUnload: false });
    tablet.page = await tablet.context.newPage();
    await tablet.page.goto(tablet.server.url);
    await tablet.page.waitForSelector('[data-testid=record-form][data-form=fmr]');
    for (const [name, value] of Object.entries(typed)) expect(await valueOf(name), name).toBe(value);
    expect(await tablet.page.getAttribute('[data-testid=group-total]', 'data-total')).toBe('5');
  });

  it('finishes the draft, which then opens read-only from the records list', async () => {
    const { page } = tablet;
    await page.click('[data-testid=finalize]');
    await page.waitForSelector('[data-testid=home]');
    await page.click('[data-testid=open-records]');
    await page.click('[data-testid=record-row] [data-testid=view-record]');
    await page.waitForSelector('[data-testid=record-form][data-read-only=true]');
    expect(await page.$('[data-testid=finalize]')).toBeNull();
    expect(await page.$eval('[name=notes]', (el) => (el as HTMLTextAreaElement).matches(':disabled'))).toBe(true);
    await page.click('[data-testid=back]');
  });

  it('clears an interview’s answers as soon as consent turns to No', async () => {
    const { page } = tablet;
    await page.waitForSelector('[data-testid=home]');
    await page.click('[data-testid=new-fms]');
    await page.waitForSelector('[data-testid=record-form][data-form=fms]');
    await fillField(page, 'consent', 'yes');
    await fillField(page, 'sex', 'female');
    await fillField(page, 'age', '34');
    await fillField(page, 'needs', 'water');
    expect(await page.$('[name=education]')).not.toBeNull();
    await fillField(page, 'consent', 'no');
    expect(await page.$('[name=sex]')).toBeNull();
    await expect.poll(async () => {
      const draft = (await readDeviceState(page)).records.find((r) => r.form === 'fms');
      return draft?.data;
    }).toMatchObject({ consent: 'no', sex: '', age: '', needs: [] });
    await page.click('[data-testid=finalize]');
    await page.waitForSelector('[data-testid=home]');
  });

  it('deletes a draft for good once the person confirms', async () => {
    const { page } = tablet;
    await page.click('[data-testid=new-screening]');
    await page.waitForSelector('[data-testid=record-form][data-form=screening]');
    await fillField(page, 'screened', '12');
    const id = await page.getAttribute('[data-testid=record-form]', 'data-record-id');
    await expect.poll(async () => (await readDeviceState(page)).records.some((r) => r.id === id)).toBe(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-testid=delete-draft]');
    await page.waitForSelector('[data-testid=home]');
    expect((await readDeviceState(page)).records.some((r) => r.id === id)).toBe(false);
  });
});
