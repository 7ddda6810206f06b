import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { backButton, homeHeading, recordForm, recordRowsIn } from './support/tablet-screen.ts';

const built = fileURLToPath(new URL('../dist/', import.meta.url));
const dist = mkdtempSync(join(tmpdir(), 'fmp-update-dist-'));
let tablet: Tablet;

const updateReady = (page: Page) => page.getByRole('status').filter({ hasText: 'Update ready' });
const updateNow = (page: Page) => page.getByRole('button', { name: 'Update now' });

beforeAll(async () => {
  cpSync(built, dist, { recursive: true });
  tablet = await enrolledTablet({ env: { FMP_CLIENT_DIST: dist } });
});

afterAll(async () => {
  await tablet?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('a new version of the app while a form is open', () => {
  it('shows "Update ready" without reloading, and the draft being typed stays on screen', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'New group (FMR)' }).click();
    await recordForm(page, 'Flow Monitoring Registry (group crossing)').waitFor();
    await fillField(page, 'direction', 'incoming');
    await fillField(page, 'notes', 'typed before the update');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    // Any byte changed in sw.js is a new version to the browser.
    appendFileSync(join(dist, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await updateReady(page).waitFor({ timeout: 30_000 });

    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await updateReady(page).textContent()).toContain('Finish or leave the form to update.');
    expect(await updateNow(page).count()).toBe(0);
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('typed before the update');
  });

  it('offers to update once the form is closed, and the draft is still there after the new version loads', async () => {
    const { page } = tablet;
    await backButton(page).click();
    await updateNow(page).click();
    await page.waitForFunction(() => !(window as unknown as { sameDocument?: boolean }).sameDocument, undefined, {
      timeout: 30_000,
    });
    await homeHeading(page).waitFor();
    await recordRowsIn(page, 'Latest records', 'Draft').waitFor();
    const draft = (await readDeviceState(page)).records.find((r) => r.state === 'draft');
    expect(draft?.data).toMatchObject({ direction: 'incoming', notes: 'typed before the update' });
  });
});
