import type { Page } from 'playwright-core';

/** Answers a question whatever the form draws it as: big choice buttons, a select, or a text box. */
export async function fillField(page: Page, name: string, value: string): Promise<void> {
  const selector = `[name=${name}]`;
  await page.waitForSelector(selector);
  const kind = await page.$eval(selector, (el) => (el instanceof HTMLInputElement ? el.type : el.tagName));
  if (kind === 'radio' || kind === 'checkbox') await page.check(`${selector}[value="${value}"]`);
  else if (kind === 'SELECT') await page.selectOption(selector, value);
  else await page.fill(selector, value);
}
