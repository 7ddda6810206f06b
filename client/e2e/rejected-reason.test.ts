import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFmrData } from '../../shared/test/fixtures.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { queueRawRecords } from './support/raw-records.ts';
import { recordRows, waitForTodayCount } from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const NOBODY = {
  males_0_4: 0,
  males_5_17: 0,
  males_18_59: 0,
  males_60_plus: 0,
  females_0_4: 0,
  females_5_17: 0,
  females_18_59: 0,
  females_60_plus: 0,
  pregnant_lactating: 0,
};

describe('a record the server rejects', () => {
  it('shows the server’s reason in French when the screen is in French', async () => {
    const { page } = tablet;
    // The tablet would never finish such a record itself; an older app version or a bug might have.
    await queueRawRecords(page, [makeFmrData({ observed_at: new Date().toISOString(), ...NOBODY })]);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
    await waitForTodayCount(page, "En attente d'envoi", 0);
    await page.getByRole('button', { name: 'Fiches sur cette tablette', exact: true }).click();
    await page.getByRole('button', { name: /^Refusée par le serveur/ }).click();
    const row = recordRows(page, 'Fiches sur cette tablette').first();
    expect(await row.textContent()).toMatch(/^Refusée par le serveur/);
    const reason = row.getByRole('listitem');
    expect(await reason.getAttribute('data-code')).toBe('grid-empty');
    expect(await reason.textContent()).toBe(
      'Hommes 0–4 ans: Un groupe compte au moins une personne : comptez-les par sexe et âge.',
    );
  });
});
