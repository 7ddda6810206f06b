import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevicesResponse, type DeviceStatus } from '../../shared/devices.ts';
import type { PushResponse } from '../../shared/push.ts';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { runNpmScript } from '../../sync-server/test/support/run-npm-script.ts';
import { api, exportText } from './support/api.ts';
import { readDeviceState, type DeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { homeHeading, syncNow } from './support/tablet-screen.ts';

const DAY = 24 * 3_600_000;

let tablet: Tablet;
let backupDir: string;
let backupFile: string;
let draftBefore: DeviceState['records'][number] | undefined;

beforeAll(async () => {
  tablet = await enrolledTablet();
  backupDir = mkdtempSync(join(tmpdir(), 'fmp-send-again-'));
});

afterAll(async () => {
  await tablet?.close();
  if (backupDir) rmSync(backupDir, { recursive: true, force: true });
});

/** Finished records put in the tablet's outbox, finalised `daysAgo` days back; the reload starts a sync. */
async function finishAndSync(page: Page, count: number, daysAgo: number): Promise<void> {
  const at = Date.now() - daysAgo * DAY;
  const datas = Array.from({ length: count }, (_, i) =>
    makeFmrData({ observed_at: new Date(at - 3_600_000).toISOString(), notes: `record ${i}` }),
  );
  await queueRawRecords(
    page,
    datas,
    datas.map(() => new Date(at).toISOString()),
  );
  await page.reload();
  await homeHeading(page).waitFor();
  await syncNow(page).click();
  await expect.poll(async () => (await readDeviceState(page)).outbox.length, { timeout: 30_000 }).toBe(0);
}

async function thisDevice(): Promise<DeviceStatus> {
  const { body } = await api<unknown>(tablet.server.url, '/devices', { token: tablet.admin });
  const { deviceId } = (await readDeviceState(tablet.page)).device;
  const device = DevicesResponse.parse(body).devices.find((d) => d.deviceId === deviceId);
  if (!device) throw new Error(`device ${deviceId} not listed`);
  return device;
}

async function exportedIds(): Promise<string[]> {
  const [header, ...rows] = parse(await exportText(tablet.server.url, tablet.admin)) as string[][];
  expect(header?.[0]).toBe('record_id');
  return rows.map((row) => row[0] ?? '').sort();
}

async function finishedOnTablet(): Promise<DeviceState['records']> {
  return (await readDeviceState(tablet.page)).records.filter((r) => r.state !== 'draft');
}

describe('after the server is restored from a backup, "send again" on the tablet', () => {
  it('starts from a tablet whose records reached the server, some before a backup and some after', async () => {
    const { page, server } = tablet;
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('fmp-collect');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('records', 'readwrite');
      const at = new Date().toISOString();
      tx.objectStore('records').put({
        id: crypto.randomUUID(),
        seq: null,
        form: 'fmr',
        formVersion: 1,
        createdAt: at,
        finalizedAt: null,
        enumerator: 'Amina',
        data: { notes: 'half typed' },
        state: 'draft',
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    draftBefore = (await readDeviceState(page)).records.find((r) => r.state === 'draft');

    await finishAndSync(page, 3, 10);
    const backup = await runNpmScript('backup', [backupDir], { FMP_DATA_DIR: server.dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    backupFile = /Backup written: (\S+)/.exec(backup.stdout)?.[1] ?? '';
    await finishAndSync(page, 4, 2);

    expect(await exportedIds()).toHaveLength(7);
    expect(await thisDevice()).toMatchObject({ highestContiguousSeq: 7, gaps: [] });
  });

  it('sees the records pushed after the backup lost by the restore, as a seq gap once the tablet pushes again', async () => {
    const { page, server } = tablet;
    await server.kill('SIGTERM');
    const restore = await runNpmScript('restore', [backupFile], { FMP_DATA_DIR: server.dataDir });
    expect(restore.code, restore.stderr).toBe(0);
    await server.restart();
    expect(await exportedIds()).toHaveLength(3);

    await finishAndSync(page, 1, 0);
    expect(await thisDevice()).toMatchObject({ highestContiguousSeq: 3, highestSeq: 8, gaps: [{ first: 4, last: 7 }] });
    expect((await finishedOnTablet()).every((r) => r.state === 'sent')).toBe(true);
  });

  it('sends again, after a confirmation, the sent records finished since the day chosen', async () => {
    const { page } = tablet;
    const before = await finishedOnTablet();
    const statuses: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() !== 'POST' || !response.url().endsWith('/api/v1/sync/push')) return;
      void response.json().then((body: PushResponse) => statuses.push(...body.results.map((r) => r.status)));
    });

    await page.getByRole('button', { name: 'Records on this tablet' }).click();
    await page.getByRole('heading', { name: 'Send again after a server restore' }).waitFor();
    const threeDaysAgo = await page.evaluate((ms) => new Date(Date.now() - ms).toLocaleDateString('en-CA'), 3 * DAY);
    await page.getByLabel('Records finished since').fill(threeDaysAgo);
    await page.getByRole('button', { name: 'Send again…' }).click();
    const question = page.getByRole('group', { name: /^Send again \d+ records finished since/ });
    expect(await question.textContent()).toContain('Send again 5 records finished since');
    expect((await readDeviceState(page)).outbox, 'nothing queued before the confirmation').toHaveLength(0);
    await question.getByRole('button', { name: 'Yes, send them again' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^5 records are back in the queue/ })
      .waitFor();

    await expect.poll(async () => (await readDeviceState(page)).outbox.length, { timeout: 30_000 }).toBe(0);
    await expect.poll(() => statuses.length).toBe(5);
    expect(statuses.sort()).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'duplicate']);

    const after = await finishedOnTablet();
    expect(after.every((r) => r.state === 'sent')).toBe(true);
    const content = (records: typeof before) =>
      records.map(({ id, seq, form, formVersion, createdAt, finalizedAt, enumerator, data }) => ({
        id,
        seq,
        form,
        formVersion,
        createdAt,
        finalizedAt,
        enumerator,
        data,
      }));
    expect(content(after), 'id, seq and content unchanged on the tablet').toEqual(content(before));
    const records = (await readDeviceState(page)).records;
    expect(records).toHaveLength(9);
    expect(
      records.find((r) => r.state === 'draft'),
      'the draft untouched',
    ).toEqual(draftBefore);
  });

  it('leaves the server with every record the tablet finished exactly once, and no gap', async () => {
    const finished = (await finishedOnTablet()).map((r) => r.id).sort();
    expect(finished).toHaveLength(8);
    expect(await exportedIds()).toEqual(finished);
    expect(await thisDevice()).toMatchObject({ highestContiguousSeq: 8, highestSeq: 8, gaps: [], missingSeqCount: 0 });
  });
});
