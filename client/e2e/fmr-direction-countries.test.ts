import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const countries = async () => [
  await tablet.page.getByLabel('Country of origin').inputValue(),
  await tablet.page.getByLabel('Country of destination').inputValue(),
];

describe('the countries of a new group follow its direction', () => {
  it('turn round when Outgoing is chosen, and back with Incoming', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: /^New group/ }).click();
    expect(await countries()).toEqual(['COD', 'UGA']);
    await page.getByLabel('Outgoing (out of Uganda)').check();
    expect(await countries()).toEqual(['UGA', 'COD']);
    await page.getByLabel('Incoming (into Uganda)').check();
    expect(await countries()).toEqual(['COD', 'UGA']);
  });

  it('keep a country the enumerator chose when the direction changes', async () => {
    const { page } = tablet;
    await page.getByLabel('Country of origin').selectOption('RWA');
    await page.getByLabel('Outgoing (out of Uganda)').check();
    expect(await countries()).toEqual(['RWA', 'COD']);
    await page.reload();
    await page.getByLabel('Incoming (into Uganda)').check();
    expect(await countries()).toEqual(['RWA', 'UGA']);
  });
});
