import type { Browser, BrowserContext, Page } from 'playwright-core';
import { adminToken, enrollmentCode } from './api.ts';
import { launchChromium } from './browser.ts';
import { homeHeading } from './tablet-screen.ts';
import { startServer, type ServerProcess } from '../../../sync-server/test/support/server-process.ts';

export interface Tablet {
  server: ServerProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  admin: string;
  close: () => Promise<void>;
}

/** A fresh server and a browser tablet enrolled at MPONDWE, its service worker in control, a name typed. */
interface TabletOptions {
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** Only to inject axe-core: everywhere else the app runs under the server's Content-Security-Policy. */
  bypassCSP?: boolean;
}

/** Types the code on the enrollment screen and waits until the service worker controls the page. */
export async function enrollThroughUi(page: Page, url: string, code: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Enrollment code').fill(code);
  await page.getByRole('button', { name: 'Enroll', exact: true }).click();
  await homeHeading(page).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

export async function enrolledTablet(options: TabletOptions = {}): Promise<Tablet> {
  const server = await startServer(options.env ? { env: options.env } : {});
  const browser = await launchChromium();
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const page = await context.newPage();
  const admin = await adminToken(server.url);
  const code = await enrollmentCode(server.url, admin, 'MPONDWE');
  await enrollThroughUi(page, server.url, code);
  await page.getByLabel('Your name (enumerator)').fill('Amina');
  return {
    server,
    browser,
    context,
    page,
    admin,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
