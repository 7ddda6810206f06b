import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test-fixtures.ts';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { queueRawRecords } from './support/raw-records.ts';

let tablet: Tablet;
let saved: string;

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
    await page.click('[data-testid=open-records]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=save-file]')]);
    saved = (await download.path()) ?? '';
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { checksum: string; payload: { records: unknown[] } };
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(file.payload.records).toHaveLength(2);
  });

  it('loads the file into another tablet, and a second load adds nothing', async () => {
    const other = await tablet.browser.newContext();
    const page = await other.newPage();
    await page.goto(tablet.server.url);
    // A tablet not yet enrolled has no records page; enrol it through the same server.
    const { enrollmentCode } = await import('./support/api.ts');
    await page.fill('[name=code]', await enrollmentCode(tablet.server.url, tablet.admin, 'GOLI'));
    await page.click('[data-testid=enroll-submit]');
    await page.waitForSelector('[data-testid=home]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await other.setOffline(true);
    await page.click('[data-testid=open-records]');
    await page.setInputFiles('[data-testid=load-file]', saved);
    await page.waitForSelector('[data-testid=load-result]');
    expect((await readDeviceState(page)).outbox).toHaveLength(2);
    await page.setInputFiles('[data-testid=load-file]', saved);
    await expect.poll(() => page.textContent('[data-testid=load-result]')).toBe('Loaded 0 records; 2 were already on this tablet.');
    await other.close();
  });

  it('refuses a changed file with a clear message in French, and loads nothing', async () => {
    const { page } = tablet;
    const changed = `${saved}.changed.json`;
    writeFileSync(changed, readFileSync(saved, 'utf8').replace('second', 'secret'));
    await page.selectOption('[data-testid=language]', 'fr');
    await page.setInputFiles('[data-testid=load-file]', changed);
    const problem = await page.waitForSelector('[data-testid=load-problem]');
    expect(await problem.getAttribute('data-problem')).toBe('checksum-mismatch');
    expect(await problem.textContent()).toContain('somme de contrôle');
    expect((await readDeviceState(page)).records).toHaveLength(2);
    await page.selectOption('[data-testid=language]', 'en');
    await page.click('[data-testid=back]');
  });

  it('keeps what is typed on screen and says so when the storage is full', async () => {
    const { page } = tablet;
    await page.click('[data-testid=new-fmr]');
    await page.waitForSelector('[data-testid=record-form]');
    await fillField(page, 'notes', 'before');
    // The browser's own error, as IndexedDB raises it when the origin's quota is used up.
    await page.evaluate(() => {
      const full = (): never => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const saved = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add, update: IDBCursor.prototype.update };
      (window as unknown as { freeStorage: () => void }).freeStorage = () => {
        Object.assign(IDBObjectStore.prototype, { put: saved.put, add: saved.add });
        IDBCursor.prototype.update = saved.update;
      };
      Object.assign(IDBObjectStore.prototype, { put: full, add: full });
      IDBCursor.prototype.update = full;
    });
    await fillField(page, 'notes', 'typed while the storage is full');
    const problem = await page.waitForSelector('[data-testid=form-problem]');
    expect(await problem.getAttribute('data-problem')).toBe('storageFull');
    expect(await page.$eval('[name=notes]', (el) => (el as HTMLTextAreaElement).value)).toBe('typed while the storage is full');

    await page.evaluate(() => (window as unknown as { freeStorage: () => void }).freeStorage());
    await fillField(page, 'notes', 'saved once there is room again');
    await page.waitForSelector('[data-testid=form-problem]', { state: 'detached' });
    await expect.poll(async () => (await readDeviceState(page)).records.find((r) => r.state === 'draft')?.data['notes']).toBe(
      'saved once there is room again',
    );
  });
});
