import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { PROCESS_ADMIN_PASSWORD } from '../../sync-server/test/support/server-process.ts';
import { seriousViolations } from './support/axe.ts';
import { catalogText } from './support/catalog-text.ts';
import { waitForChartsDrawn } from './support/charts-drawn.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { screenshotEachSize } from './support/screenshot.ts';
import { waitForTodayCount } from './support/tablet-screen.ts';

const ar = (key: Parameters<typeof catalogText>[1]): string => catalogText('ar', key);
const SIZES = { phone: { width: 360, height: 740 }, tablet: { width: 1280, height: 800 } } as const;

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet({ viewport: SIZES.tablet, bypassCSP: true });
  const { page } = tablet;
  await queueRawRecords(page, [
    makeFmrData({ observed_at: new Date().toISOString() }),
    makeFmrData({ observed_at: new Date().toISOString(), direction: 'outgoing' }),
  ]);
  await page.reload();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await waitForTodayCount(page, 'Waiting to send', 0);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await page.getByRole('button', { name: ar('home.syncNow') }).waitFor();
});

afterAll(async () => {
  await tablet?.close();
});

/** At each size: laid out right to left, no sideways scrolling, no serious axe violation; then photographed. */
async function checkRightToLeft(page: Page, name: string): Promise<void> {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'ar',
    'rtl',
  ]);
  await screenshotEachSize(page, `${name}-ar`, SIZES, undefined, async (size) => {
    const { width } = SIZES[size as keyof typeof SIZES];
    // Charts take the new width a frame or two after the resize: wait for the page to settle, then judge it.
    const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
    await page.waitForFunction(fits, undefined, { timeout: 5000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${size}`).toBeLessThanOrEqual(
      width,
    );
    expect(await seriousViolations(page), `${name} at ${size}`).toEqual([]);
  });
}

const leftOf = async (a: Locator, b: Locator): Promise<boolean> => {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  return (boxA?.x ?? 0) + (boxA?.width ?? 0) <= (boxB?.x ?? 0);
};

describe('the tablet in Arabic, right to left', () => {
  it('remembers Arabic on this tablet and shows home mirrored, its numbers in Arabic-Indic digits', async () => {
    const { page } = tablet;
    await page.reload();
    const sent = page
      .getByRole('term')
      .filter({ hasText: ar('home.sent') })
      .locator('..')
      .getByRole('definition');
    await sent.filter({ hasText: '٢' }).waitFor();
    // The brand starts the bar on the right, the language menu ends it on the left.
    expect(await leftOf(page.getByRole('combobox', { name: ar('common.language') }), page.locator('.brand'))).toBe(
      true,
    );
    await checkRightToLeft(page, 'home');
  });

  it('shows the FMR form with its steppers mirrored; the count typed stays plain digits', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: new RegExp(`^${ar('home.newFmr').replace(/[()]/g, '\\$&')}`) }).click();
    const add = page.getByRole('button', { name: /^زيادة واحد: Males/ }).first();
    const remove = page.getByRole('button', { name: /^إنقاص واحد: Males/ }).first();
    await add.click();
    await add.click();
    await page.getByRole('status').filter({ hasText: 'مجموع المجموعة: ٢' }).waitFor();
    const input = page.getByRole('spinbutton').first();
    expect(await input.inputValue()).toBe('2');
    // "Add" sits on the left of the field and "remove" on its right: the stepper reads right to left.
    expect(await leftOf(add, remove)).toBe(true);
    await checkRightToLeft(page, 'form-fmr');
    await page.getByRole('button', { name: new RegExp(ar('form.back').replace(/[()]/g, '\\$&')) }).click();
  });

  it('shows a tally session, the two directions mirrored and each count in Arabic digits', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: new RegExp(`^${ar('home.tally')}`) }).click();
    const incoming = page.getByRole('region', { name: /^Incoming/ });
    const outgoing = page.getByRole('region', { name: /^Outgoing/ });
    await incoming.getByRole('button').first().click();
    await incoming.getByText('١').first().waitFor();
    expect(await incoming.getByRole('button').first().getAttribute('data-count')).toBe('1');
    await page.setViewportSize(SIZES.tablet);
    expect(await leftOf(outgoing, incoming)).toBe(true);
    await checkRightToLeft(page, 'tally');
  });
});

describe('the staff dashboard in Arabic', () => {
  it("follows the browser's language and draws the dashboard right to left", async () => {
    const context = await tablet.browser.newContext({ locale: 'ar-SD', viewport: SIZES.tablet, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${tablet.server.url}/staff/`);
    await page.getByLabel(ar('staff.username')).fill('admin');
    await page.getByLabel(ar('staff.password')).fill(PROCESS_ADMIN_PASSWORD);
    await page.getByRole('button', { name: ar('staff.signIn') }).click();
    await page.getByRole('link', { name: ar('staff.navDashboard') }).click();
    await page.getByRole('img', { name: ar('staff-dashboard.dailyChart') }).waitFor();
    await waitForChartsDrawn(page);
    await checkRightToLeft(page, 'staff-dashboard');
    await context.close();
  });
});
