import type { Page } from 'playwright-core';

export const SCREEN_WIDTHS = [320, 360, 412, 600, 768, 800, 900, 1024, 1100, 1280, 1440, 1920] as const;

/** A wide font, as on tablets whose system font is DejaVu Sans (docs/screenshots/tally-tablet.png). */
export const WIDE_FONT_CSS = "*, *::before, *::after { font-family: 'DejaVu Sans' !important; }";

export interface Overflow {
  width: number;
  scrollWidth: number;
}

/** Draws the page at each width and lists those where it is wider than the screen. */
export async function sidewaysOverflows(page: Page, widths: readonly number[], height = 900): Promise<Overflow[]> {
  const found: Overflow[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) found.push({ width, scrollWidth });
  }
  return found;
}
