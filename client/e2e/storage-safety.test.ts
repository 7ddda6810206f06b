import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { readDeviceState } from './support/device-state.ts';
import { enrollmentCode } from './support/api.ts';
import { enrollThroughUi, enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { FMR, backButton, recordForm } from './support/tablet-screen.ts';

let tablet: Tablet;
let saved: string;

const openRecords = (page: Page) => page.getByRole('button', { name: 'Records on this tablet' }).click();

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

describe('storage safety', () => {
  it('saves the unsent records to a JSON file with a SHA-256 checksum', async () => {
    const { page, context } = tablet;
    await context.setOffline(true);
    await queueRawRecords(page, [makeFmrData({ notes: 'first' }), makeFmrData({ notes: 'second' })]);
    await page.reload();
    await openRecords(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save unsent data to a file' }).click(),
    ]);
    saved = (await download.path()) ?? '';
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { checksum: string; payload: { records: unknown[] } };
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(file.payload.records).toHaveLength(2);
  });

  it('loads the file into another tablet, and a second load adds nothing', async () => {
    const other = await tablet.browser.newContext();
    const page = await other.newPage();
    // A tablet not yet enrolled has no records page; enrol it through the same server.
    await enrollThroughUi(page, tablet.server.url, await enrollmentCode(tablet.server.url, tablet.admin, 'GOLI'));
    await other.setOffline(true);
    await openRecords(page);
    const loaded = page.getByRole('status').filter({ hasText: /^Loaded / });
    await page.getByLabel('Load from a file').setInputFiles(saved);
    await loaded.waitFor();
    expect((await readDeviceState(page)).outbox).toHaveLength(2);
    await page.getByLabel('Load from a file').setInputFiles(saved);
    await expect.poll(() => loaded.textContent()).toBe('Loaded 0 records; 2 were already on this tablet.');
    await other.close();
  });

  it('refuses a changed file with a clear message in French, and loads nothing', async () => {
    const { page } = tablet;
    const changed = `${saved}.changed.json`;
    writeFileSync(changed, readFileSync(saved, 'utf8').replace('second', 'secret'));
    await page.getByLabel('Language').selectOption('fr');
    await page.getByLabel('Charger depuis un fichier').setInputFiles(changed);
    const problem = page.getByRole('alert');
    expect(await problem.getAttribute('data-problem')).toBe('checksum-mismatch');
    expect(await problem.textContent()).toContain('somme de contrôle');
    expect((await readDeviceState(page)).records).toHaveLength(2);
    await page.getByLabel('Langue').selectOption('en');
    await backButton(page).click();
  });

  it('keeps what is typed on screen and says so when the storage is full', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'New group (FMR)' }).click();
    await recordForm(page, FMR).waitFor();
    await fillField(page, 'notes', 'before');
    // The browser's own error, as IndexedDB raises it when the origin's quota is used up.
    await page.evaluate(() => {
      const full = (): never => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const saved = {
        put: IDBObjectStore.prototype.put,
        add: IDBObjectStore.prototype.add,
        update: IDBCursor.prototype.update,
      };
      (window as unknown as { freeStorage: () => void }).freeStorage = () => {
        Object.assign(IDBObjectStore.prototype, { put: saved.put, add: saved.add });
        IDBCursor.prototype.update = saved.update;
      };
      Object.assign(IDBObjectStore.prototype, { put: full, add: full });
      IDBCursor.prototype.update = full;
    });
    await fillField(page, 'notes', 'typed while the storage is full');
    const problem = page.getByRole('alert').filter({ hasText: 'The tablet’s storage is full' });
    expect(await problem.getAttribute('data-problem')).toBe('storageFull');
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('typed while the storage is full');

    await page.evaluate(() => (window as unknown as { freeStorage: () => void }).freeStorage());
    await fillField(page, 'notes', 'saved once there is room again');
    await problem.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await readDeviceState(page)).records.find((r) => r.state === 'draft')?.data['notes'])
      .toBe('saved once there is room again');
  });
});
