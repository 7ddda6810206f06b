import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordDetail } from '../../shared/records.ts';
import { FMS_V2 } from '../test/support/fms-v2.ts';
import { api } from './support/api.ts';
import { catalogText } from './support/catalog-text.ts';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { fillField } from './support/fill-field.ts';
import { homeHeading, recordForm, syncNow } from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const FR_TITLE = FMS_V2.title['fr'] ?? '';
const familyGroup = (form: Locator) => form.getByRole('group', { name: 'Famille en voyage', exact: true });

describe('a form version with decimal, date and note questions, groups, expressions, a constraint and a default', () => {
  it('is published through the API and reaches the tablet with its next /config', async () => {
    const published = await api(tablet.server.url, '/forms', { method: 'POST', token: tablet.admin, body: FMS_V2 });
    expect(published.status).toBe(201);
    const { page } = tablet;
    await syncNow(page).click();
    await expect
      .poll(async () => (await readDeviceState(page)).forms.filter((f) => f.id === 'fms').map((f) => f.version))
      .toEqual([1, 2]);
  });

  it('is filled in French: the note shows, the group hides and shows, the constraint says its own message', async () => {
    const { page } = tablet;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('button', { name: catalogText('fr', 'home.newFms') }).click();
    const form = recordForm(page, FR_TITLE);
    await form.waitFor();

    const note = form.getByText('Rien de ce que dit la personne n’est noté avec son nom.', { exact: true });
    expect(await note.count()).toBe(0);
    await fillField(page, 'consent', 'yes');
    await note.waitFor();
    expect(await form.locator('[name=privacy_note]').count()).toBe(0);

    for (const [name, value] of [
      ['sex', 'female'],
      ['age', '34'],
      ['nationality', 'COD'],
      ['country_of_birth', 'COD'],
      ['education', 'primary'],
      ['occupation', 'trader'],
      ['direction', 'incoming'],
      ['origin_country', 'COD'],
      ['destination_country', 'UGA'],
      ['previous_country', 'COD'],
      ['next_country', 'UGA'],
      ['reason', 'family'],
      ['intended_stay', 'day_to_week'],
      ['transport', 'foot'],
      ['crossing_frequency', 'first_time'],
      ['vulnerabilities', 'none'],
    ] as const) {
      await fillField(page, name, value);
    }

    // Asked only when more than one need is chosen: `count-selected(${needs}) > 1`.
    await fillField(page, 'needs', 'food');
    expect(await form.locator('[name=needs_first]').count()).toBe(0);
    await fillField(page, 'needs', 'water');
    await fillField(page, 'needs_first', 'Eau');

    // The group and the one inside it are drawn only while a family travels along, its size starting at 2.
    expect(await familyGroup(form).count()).toBe(0);
    await fillField(page, 'with_family', 'yes');
    await familyGroup(form).getByRole('group', { name: 'Leur voyage', exact: true }).waitFor();
    expect(await familyGroup(form).locator('[name=family_size]').inputValue()).toBe('2');
    await fillField(page, 'with_family', 'no');
    await expect.poll(() => familyGroup(form).count()).toBe(0);
    await fillField(page, 'with_family', 'yes');
    await fillField(page, 'family_left_on', '2026-11-28');
    expect(await familyGroup(form).locator('[name=family_size]').inputValue()).toBe('2');

    await fillField(page, 'walked_km', '250.5');
    await page.getByRole('button', { name: catalogText('fr', 'form.finalize') }).click();
    const refused = form.locator('[data-field=walked_km][data-code=constraint]');
    await refused.waitFor();
    expect(await refused.textContent()).toBe('Personne ne marche plus de 200 km par jour : vérifiez la distance.');

    await fillField(page, 'walked_km', '12.5');
    await page.getByRole('button', { name: catalogText('fr', 'form.finalize') }).click();
    await homeHeading(page).waitFor();
  });

  it('is synced, and the server stores the decimal as a number, the date as text and no note', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: catalogText('fr', 'home.syncNow'), exact: true }).click();
    const record = (await readDeviceState(page)).records.find((r) => r.form === 'fms');
    expect(record?.formVersion).toBe(2);
    await expect
      .poll(async () => (await api(tablet.server.url, `/records/${record?.id}`, { token: tablet.admin })).status)
      .toBe(200);
    const stored = await api<RecordDetail>(tablet.server.url, `/records/${record?.id}`, { token: tablet.admin });
    expect(stored.body.record.formVersion).toBe(2);
    expect(stored.body.record.data).toMatchObject({
      walked_km: 12.5,
      family_size: 2,
      family_left_on: '2026-11-28',
      with_family: 'yes',
      needs: ['food', 'water'],
      needs_first: 'Eau',
    });
    expect(stored.body.record.data).not.toHaveProperty('privacy_note');
  });
});
