import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test-fixtures.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const NOBODY = {
  males_0_4: 0, males_5_17: 0, males_18_59: 0, males_60_plus: 0,
  females_0_4: 0, females_5_17: 0, females_18_59: 0, females_60_plus: 0, pregnant_lactating: 0,
};

describe('a record the server rejects', () => {
  it('shows the server’s reason in French when the screen is in French', async () => {
    const { page } = tablet;
    // The tablet would never finish such a record itself; an older app version or a bug might have.
    await queueRawRecords(page, [makeFmrData({ observed_at: new Date().toISOString(), ...NOBODY })]);
    await page.selectOption('[data-testid=language]', 'fr');
    await page.click('[data-testid=sync-now]');
    await page.waitForSelector('[data-testid=count-waiting][data-count="0"]');
    await page.click('[data-testid=open-records]');
    await page.click('[data-testid=filter-rejected]');
    const reason = await page.waitForSelector('[data-testid=record-row][data-state=rejected] [data-testid=record-error]');
    expect(await reason.getAttribute('data-code')).toBe('grid-empty');
    expect(await reason.textContent()).toBe('Hommes 0–4 ans: Un groupe compte au moins une personne : comptez-les par sexe et âge.');
    expect(await page.textContent('[data-testid=record-row] .state-badge')).toBe('Refusée par le serveur');
  });
});
