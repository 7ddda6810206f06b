import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const rowTexts = async () =>
  (await tablet.page.getByRole('listitem').allTextContents()).filter((text) => /Tally|comptage|kuhesabu/.test(text));

describe('a closed tally interval in the list of records', () => {
  it('is named as a tally interval with its times, never as a group crossing', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: /^Tally session/ }).click();
    await page
      .getByRole('button', { name: /^Males 18–59 years/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Close this interval now' }).click();
    await page.getByText('Intervals recorded: 1').waitFor();
    await page.getByRole('button', { name: /Back \(the session stays open\)/ }).click();
    await expect.poll(rowTexts, { timeout: 10_000 }).toHaveLength(2);
    const rows = await rowTexts();
    for (const row of rows) {
      expect(row).toMatch(/Tally interval \d\d:\d\d–\d\d:\d\d/);
      expect(row).not.toContain('Flow Monitoring Registry');
    }
    expect(rows.find((row) => row.includes('Incoming'))).toContain('1 person');
    expect(rows.find((row) => row.includes('Outgoing'))).toContain('0 people');
  });

  it.each([
    ['fr', 'Intervalle de comptage', '1 personne', '0 personne'],
    ['sw', 'Kipindi cha kuhesabu', 'mtu 1', 'watu 0'],
  ])('reads in %s as "%s", with "%s" and "%s"', async (language, title, one, none) => {
    const { page } = tablet;
    await page.getByRole('combobox', { name: /^(Language|Langue|Lugha)$/ }).selectOption(language);
    await expect
      .poll(async () => (await rowTexts()).filter((row) => row.includes(title)), { timeout: 10_000 })
      .toHaveLength(2);
    const people = (await rowTexts()).map((row) => (row.includes(one) ? one : row.includes(none) ? none : row));
    expect(people.sort()).toEqual([one, none].sort());
  });
});
