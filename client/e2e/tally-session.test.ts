import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeviceState } from './support/device-state.ts';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';

let tablet: Tablet;

beforeAll(async () => {
  tablet = await enrolledTablet();
});

afterAll(async () => {
  await tablet?.close();
});

const total = (direction: string) => tablet.page.getAttribute(`[data-testid=tally-total-${direction}]`, 'data-total');

describe('a tally session', () => {
  it('counts taps per direction, sex and age, and undoes the last one', async () => {
    const { page } = tablet;
    await page.click('[data-testid=start-tally]');
    await page.waitForSelector('[data-testid=tally-page]');
    expect(await page.$eval('[name=interval_minutes]', (el) => (el as HTMLInputElement).value)).toBe('60');
    for (let i = 0; i < 3; i += 1) await page.click('[data-testid=tally-incoming-males_18_59]');
    await page.click('[data-testid=tally-incoming-females_18_59]');
    await page.click('[data-testid=tally-incoming-pregnant_lactating]');
    await page.click('[data-testid=tally-outgoing-females_0_4]');
    await page.click('[data-testid=tally-undo]');
    expect(await total('incoming')).toBe('4');
    expect(await total('outgoing')).toBe('0');
  });

  it('refuses a vulnerability tap that would count more disabled people than people', async () => {
    const { page } = tablet;
    await page.click('[data-testid=tally-outgoing-disability]');
    await page.waitForSelector('[data-testid=tally-refused]');
    expect(await page.getAttribute('[data-testid=tally-outgoing-disability]', 'data-count')).toBe('0');
  });

  it('keeps its totals across a reload, and reopens on the tally screen', async () => {
    const { page } = tablet;
    await expect.poll(async () => (await readDeviceState(page)).tallies[0]?.taps.length).toBe(5);
    await page.reload();
    await page.waitForSelector('[data-testid=tally-page]');
    expect(await total('incoming')).toBe('4');
    expect(await page.getAttribute('[data-testid=tally-incoming-pregnant_lactating]', 'data-count')).toBe('1');
  });

  it('turns a closed interval into FMR tally records in the outbox, one per direction, zeros included', async () => {
    const { page } = tablet;
    await page.click('[data-testid=close-interval]');
    await page.waitForSelector('[data-testid=tally-closed][data-closed="1"]');
    expect(await total('incoming')).toBe('0');
    const state = await readDeviceState(page);
    const queued = new Set(state.outbox.map((row) => row.id));
    const tallies = state.records.filter((r) => queued.has(r.id) || r.state === 'sent');
    expect(tallies.map((r) => [r.form, r.data['source'], r.data['direction'], r.data['males_18_59']])).toEqual(
      expect.arrayContaining([
        ['fmr', 'tally', 'incoming', 3],
        ['fmr', 'tally', 'outgoing', 0],
      ]),
    );
    const incoming = tallies.find((r) => r.data['direction'] === 'incoming');
    expect(incoming?.data).toMatchObject({ females_18_59: 1, pregnant_lactating: 1 });
    expect(Date.parse(String(incoming?.data['interval_end']))).toBeGreaterThanOrEqual(Date.parse(String(incoming?.data['interval_start'])));
    expect(incoming?.data['observed_at']).toBe(incoming?.data['interval_start']);
    expect(incoming?.enumerator).toBe('Amina');
  });
});
