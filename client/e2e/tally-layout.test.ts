import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { SCREEN_WIDTHS, WIDE_FONT_CSS, sidewaysOverflows } from './support/sideways-overflow.ts';

let tablet: Tablet;

beforeAll(async () => {
  // Only so that the test can inject the wide font; the app itself runs as served.
  tablet = await enrolledTablet({ bypassCSP: true });
});

afterAll(async () => {
  await tablet?.close();
});

const FONTS = [
  ['the default font', null],
  ['DejaVu Sans', WIDE_FONT_CSS],
] as const;

const leaveTally = (page: Page) => page.getByRole('button', { name: /Back \(the session stays open\)/ });

/** The app reopens on an open tally session; its Back button leads home. */
async function goHome(page: Page): Promise<void> {
  await page.goto(tablet.server.url);
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await syncNow.or(leaveTally(page)).waitFor();
  if (await leaveTally(page).isVisible()) await leaveTally(page).click();
  await syncNow.waitFor();
}

/** Opens one screen from the home page. */
const SCREENS: Record<string, (page: Page) => Promise<void>> = {
  home: async () => undefined,
  tally: async (page) => {
    await page.getByRole('button', { name: /^Tally session/ }).click();
    await leaveTally(page).waitFor();
  },
  'FMR form': async (page) => {
    await page.getByRole('button', { name: /^New group/ }).click();
    await page.getByLabel('Country of origin').waitFor();
  },
};

describe('no tablet screen scrolls sideways', () => {
  it.each(FONTS.flatMap(([font, css]) => Object.keys(SCREENS).map((screen) => [screen, font, css] as const)))(
    'the %s screen with %s, at every width from 320 to 1920 px',
    async (screen, _font, css) => {
      const { page } = tablet;
      const open = SCREENS[screen] ?? (async () => undefined);
      await page.setViewportSize({ width: 1280, height: 900 });
      await goHome(page);
      if (css) await page.addStyleTag({ content: css });
      await open(page);
      const font = await page
        .getByRole('button')
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect(font).toContain(css ? 'DejaVu Sans' : 'system-ui');
      const overflows = await sidewaysOverflows(page, SCREEN_WIDTHS);
      expect(overflows.map(({ width, scrollWidth }) => `${width} px wide, ${scrollWidth} px of page`)).toEqual([]);
    },
  );
});
