import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { startServer } from '../../sync-server/test/support/server-process.ts';
import { adminToken, enrollmentCode } from '../../client/e2e/support/api.ts';
import { enrollThroughUi } from '../../client/e2e/support/enrolled-tablet.ts';
import { queueRawRecords } from '../../client/e2e/support/raw-records.ts';
import { FMR, recordForm, todayCount } from '../../client/e2e/support/tablet-screen.ts';
import { chromiumPath } from '../chromium-path.ts';
import { CHROMIUM_FLAGS } from '../../client/e2e/support/browser.ts';

interface Percentiles {
  runs: number;
  p50: number;
  p95: number;
}

export interface BrowserBench {
  recordsOnDevice: number;
  /** Pressing "Finish and save" until home is back: validation, seq, outbox and the re-render. */
  saveMs: Percentiles;
  /** A fresh browser process, offline, 4x CPU throttling: navigation start to home with its counts. */
  coldStartMs: Percentiles;
}

function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { runs: sorted.length, p50: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
}

const open = (profile: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1280, height: 800 },
  });

async function enroll(page: Page, url: string): Promise<void> {
  const admin = await adminToken(url);
  await enrollThroughUi(page, url, await enrollmentCode(url, admin, 'MPONDWE'));
  await page.getByLabel('Your name (enumerator)').fill('Bench');
}

/** Home is up once its "Waiting to send" figure is a number (it shows "…" while counting). */
const waitingCountShown = (page: Page, timeout?: number): Promise<void> =>
  todayCount(page, 'Waiting to send')
    .filter({ hasText: /^[\d,]+$/ })
    .waitFor(timeout ? { timeout } : {});

/** Records spread over the last 60 days, as a tablet holds them after weeks offline. */
async function fillDevice(page: Page, count: number): Promise<void> {
  const now = Date.now();
  for (let done = 0; done < count; done += 2000) {
    const size = Math.min(2000, count - done);
    const times = Array.from({ length: size }, (_, i) =>
      new Date(now - ((done + i) % 60) * 86_400_000 - 3_600_000).toISOString(),
    );
    await queueRawRecords(
      page,
      times.map((observed_at) => makeFmrData({ observed_at })),
      times,
    );
  }
}

async function timeOneSave(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'New group (FMR)' }).click();
  await recordForm(page, FMR).waitFor();
  await page.check('[name=direction][value=incoming]');
  await page.selectOption('[name=transport]', 'foot');
  await page.selectOption('[name=reason]', 'family');
  await page.selectOption('[name=duration]', 'less_than_day');
  await page.getByRole('button', { name: 'Add one: Males 18–59 years' }).click();
  const finish = await page.getByRole('button', { name: 'Finish and save' }).elementHandle();
  return page.evaluate(
    (button) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.page.home')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        (button as HTMLButtonElement | null)?.click();
      }),
    finish,
  );
}

async function timeColdStart(profile: string, url: string): Promise<number> {
  const context = await open(profile);
  try {
    await context.setOffline(true);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Stamped in the page when the figure appears: a role lookup polled from outside under 4x throttling adds its own delay.
    // A string, not a function: tsx names functions with a helper that does not exist in the page.
    await page.addInitScript(`
      const observer = new MutationObserver(() => {
        const term = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Waiting to send');
        if (!/^[\\d,]+$/.test(term?.nextElementSibling?.textContent ?? '')) return;
        window.homeReadyAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    `);
    await page.goto(url, { waitUntil: 'commit' });
    await waitingCountShown(page, 60_000);
    return await page.evaluate(() => (window as { homeReadyAt?: number }).homeReadyAt ?? Number.NaN);
  } finally {
    await context.close();
  }
}

export async function benchBrowser(
  options: { records?: number; saves?: number; coldStarts?: number } = {},
): Promise<BrowserBench> {
  const records = options.records ?? 20_000;
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'fmp-bench-profile-'));
  try {
    const context = await open(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await enroll(page, server.url);
    // Offline, so the outbox keeps all of them and no sync competes with the saves being timed.
    await context.setOffline(true);
    await fillDevice(page, records);
    await page.reload();
    await waitingCountShown(page);
    const saves: number[] = [];
    for (let i = 0; i < (options.saves ?? 30); i += 1) saves.push(await timeOneSave(page));
    await context.close();

    const starts: number[] = [];
    for (let i = 0; i < (options.coldStarts ?? 5); i += 1) starts.push(await timeColdStart(profile, server.url));
    return { recordsOnDevice: records, saveMs: percentiles(saves), coldStartMs: percentiles(starts) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
}
