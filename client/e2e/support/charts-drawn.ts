import type { Page } from 'playwright-core';

/** Resolves once every canvas on the page has paint on it: Chart.js has drawn each chart. */
export async function waitForChartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('canvas')].every((canvas) => {
      if (canvas.width === 0 || canvas.height === 0) return false;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      return pixels.some((value, i) => i % 4 === 3 && value > 0);
    }),
  );
}
