import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * docs/screenshots/ only when asked (`npm run screenshots`): they show the clock and today's dates, so a
 * plain `npm test` writing them would leave every tracked picture changed. Otherwise a temporary folder.
 */
const SCREENSHOTS =
  process.env.FMP_UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url))
    : `${mkdtempSync(join(tmpdir(), 'fmp-screenshots-'))}/`;

const VIEWPORTS = { phone: { width: 360, height: 640 }, tablet: { width: 1280, height: 800 } } as const;

type Viewports = Readonly<Record<string, { width: number; height: number }>>;

/**
 * Writes <name>-<size>.png at both sizes (docs/screenshots/ with `npm run screenshots`), so a reviewer can see each screen, and
 * runs `check` (axe-core) at each size first when given.
 */
export function screenshotBothSizes(
  page: Page,
  name: string,
  scrollTo?: string,
  check?: (size: string) => Promise<void>,
): Promise<void> {
  return screenshotEachSize(page, name, VIEWPORTS, scrollTo, check);
}

/** The same at the sizes given, named by their keys. */
export async function screenshotEachSize(
  page: Page,
  name: string,
  viewports: Viewports,
  scrollTo?: string,
  check?: (size: string) => Promise<void>,
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await check?.(size);
    if (scrollTo) await page.$eval(scrollTo, (el) => el.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size}.png`, fullPage: false });
  }
  if (original) await page.setViewportSize(original);
}
