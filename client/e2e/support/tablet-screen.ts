import type { Locator, Page } from 'playwright-core';

// Finds the tablet's screens as a person and a screen reader do: by role, name and label, in the words shown.

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The home screen's heading: the app's name, the same in every language. */
export const homeHeading = (page: Page): Locator => page.getByRole('heading', { level: 1, name: 'FMP Collect' });

/** A figure under "Today on this tablet", found by the term before it: 'Captured', 'Waiting to send', 'Sent'. */
export const todayCount = (page: Page, term: string): Locator =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escape(term)}$`) })
    .locator('..')
    .getByRole('definition');

/** Waits until that figure reads `n` (as English writes it). */
export async function waitForTodayCount(
  page: Page,
  term: string,
  n: number,
  options: { timeout?: number } = {},
): Promise<void> {
  await todayCount(page, term)
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor(options);
}

/** The records in the list named by the heading above it: 'Latest records' at home, 'Records on this tablet' on its page. */
export const recordRows = (page: Page, list: string): Locator =>
  page.getByRole('list', { name: list, exact: true }).getByRole('listitem');

/** The rows showing that state; a row starts with its state, which a server's reason (an item inside a row) never does. */
export const recordRowsIn = (page: Page, list: string, state: string): Locator =>
  recordRows(page, list).filter({ hasText: new RegExp(`^${escape(state)}`) });

/** A form open for a record, named by its title, e.g. 'Flow Monitoring Registry (group crossing)'. */
export const recordForm = (page: Page, title: string): Locator => page.getByRole('form', { name: title, exact: true });

export const FMR = 'Flow Monitoring Registry (group crossing)';
export const FMS = 'Flow Monitoring Survey (interview)';
export const SCREENING = 'Health screening tally';

/** The live total under the FMR count grid ("Group total: 5"). */
export const groupTotal = (page: Page): Locator => page.getByRole('status').filter({ hasText: /^Group total: / });

/** "← Back" on any screen, whatever follows it ("(keep draft)", "(the session stays open)"). */
export const backButton = (page: Page): Locator => page.getByRole('button', { name: /^← Back\b/ });

/** Goes back and waits for the home screen. */
export async function backHome(page: Page): Promise<void> {
  await backButton(page).click();
  await homeHeading(page).waitFor();
}

export const syncNow = (page: Page): Locator => page.getByRole('button', { name: 'Sync now', exact: true });

/** One direction's side of a tally session, named by its heading: 'Incoming', 'Outgoing'. */
const tallySide = (page: Page, direction: 'Incoming' | 'Outgoing'): Locator =>
  page.getByRole('region', { name: new RegExp(`^${direction}`) });

/** A tally button, named by its label and then its count, e.g. tallyButton(page, 'Incoming', 'Males 18–59 years'). */
export const tallyButton = (page: Page, direction: 'Incoming' | 'Outgoing', label: string): Locator =>
  tallySide(page, direction).getByRole('button', { name: new RegExp(`^${escape(label)}\\s*\\d`) });

/** The count a tally button shows after its label. */
export async function tallyCount(
  page: Page,
  direction: 'Incoming' | 'Outgoing',
  label: string,
): Promise<string | undefined> {
  return (await tallyButton(page, direction, label).textContent())?.slice(label.length).trim();
}

/** The total in a side's heading ("Incoming (into Uganda) Total: 4"). */
export async function tallyTotal(page: Page, direction: 'Incoming' | 'Outgoing'): Promise<string | undefined> {
  const heading = await tallySide(page, direction).getByRole('heading', { level: 2 }).textContent();
  return /Total: (\d+)$/.exec(heading ?? '')?.[1];
}
