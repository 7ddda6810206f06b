import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';
import { tallyButton, tallyCount, tallyTotal } from './support/tablet-screen.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const tallyHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Tally session' });

describe('a tally session', () => {
  it('counts taps per direction, sex and age, and undoes the last one', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Tally session' }).click();
    await tallyHeading(page).waitFor();
    expect(await page.getByLabel('Interval length (minutes)').inputValue()).toBe('60');
    for (let i = 0; i < 3; i += 1) await tallyButton(page, 'Incoming', 'Males 18–59 years').click();
    await tallyButton(page, 'Incoming', 'Females 18–59 years').click();
    await tallyButton(page, 'Incoming', 'Pregnant or breastfeeding women').click();
    await tallyButton(page, 'Outgoing', 'Females 0–4 years').click();
    await page.getByRole('button', { name: 'Undo last tap' }).click();
    expect(await tallyTotal(page, 'Incoming')).toBe('4');
    expect(await tallyTotal(page, 'Outgoing')).toBe('0');
  });

  it('refuses a vulnerability tap that would count more disabled people than people', async () => {
    const { page } = tablet;
    await tallyButton(page, 'Outgoing', 'Persons with disability').click();
    await page.getByRole('alert').filter({ hasText: 'Not counted:' }).waitFor();
    expect(await tallyCount(page, 'Outgoing', 'Persons with disability')).toBe('0');
  });

  it('keeps its totals across a reload, and reopens on the tally screen', async () => {
    const { page } = tablet;
    await expect.poll(async () => (await readDeviceState(page)).tallies[0]?.taps.length).toBe(5);
    await page.reload();
    await tallyHeading(page).waitFor();
    expect(await tallyTotal(page, 'Incoming')).toBe('4');
    expect(await tallyCount(page, 'Incoming', 'Pregnant or breastfeeding women')).toBe('1');
  });

  it('turns a closed interval into FMR tally records in the outbox, one per direction, zeros included', async () => {
    const { page } = tablet;
    await page.getByRole('button', { name: 'Close this interval now' }).click();
    await page.getByText('Intervals recorded: 1', { exact: true }).waitFor();
    expect(await tallyTotal(page, 'Incoming')).toBe('0');
    // The records are written after the screen updates, and the app may be sending them meanwhile.
    const talliesNow = async () => {
      const state = await readDeviceState(page);
      const queued = new Set(state.outbox.map((row) => row.id));
      return state.records.filter((r) => queued.has(r.id) || r.state === 'sent');
    };
    await expect.poll(async () => (await talliesNow()).length).toBe(2);
    const tallies = await talliesNow();
    expect(tallies.map((r) => [r.form, r.data['source'], r.data['direction'], r.data['males_18_59']])).toEqual(
      expect.arrayContaining([
        ['fmr', 'tally', 'incoming', 3],
        ['fmr', 'tally', 'outgoing', 0],
      ]),
    );
    const incoming = tallies.find((r) => r.data['direction'] === 'incoming');
    expect(incoming?.data).toMatchObject({ females_18_59: 1, pregnant_lactating: 1 });
    expect(Date.parse(String(incoming?.data['interval_end']))).toBeGreaterThanOrEqual(
      Date.parse(String(incoming?.data['interval_start'])),
    );
    expect(incoming?.data['observed_at']).toBe(incoming?.data['interval_start']);
    expect(incoming?.enumerator).toBe('Amina');
  });
});
