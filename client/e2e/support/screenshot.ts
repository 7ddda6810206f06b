import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

export const VIEWPORTS = { phone: { width: 360, height: 640 }, tablet: { width: 1280, height: 800 } } as const;

/**
 * Writes docs/screenshots/<name>-<size>.png at both sizes, so a reviewer can see each screen, and
 * runs `check` (axe-core) at each size first when given.
 */
export async function screenshotBothSizes(page: Page, name: string, scrollTo?: string, check?: (size: string) => Promise<void>): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await check?.(size);
    if (scrollTo) await page.$eval(scrollTo, (el) => el.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size}.png`, fullPage: false });
  }
  if (original) await page.setViewportSize(original);
}
