import { describe, expect, it } from 'vitest';
import { wallClockDate } from './wall-clock.ts';

describe('wallClockDate, the time a spreadsheet shows for an instant at an FMP', () => {
  it.each([
    ['2026-11-20T09:15:00+03:00', 'Africa/Kampala', '2026-11-20T09:15:00.000Z'],
    ['2026-11-20T09:15:00+03:00', 'Africa/Kinshasa', '2026-11-20T07:15:00.000Z'],
    ['2026-11-20T00:00:00Z', 'Asia/Kathmandu', '2026-11-20T05:45:00.000Z'],
    // Summer time ends in Paris at 01:00 UTC: the same wall-clock hour comes twice, a quarter hour apart here.
    ['2026-10-25T00:59:59Z', 'Europe/Paris', '2026-10-25T02:59:59.000Z'],
    ['2026-10-25T01:00:00Z', 'Europe/Paris', '2026-10-25T02:00:00.000Z'],
    ['2026-10-25T00:45:00Z', 'Europe/Paris', '2026-10-25T02:45:00.000Z'],
    ['2026-10-25T01:14:59.500Z', 'Europe/Paris', '2026-10-25T02:14:59.500Z'],
  ])('%s in %s reads %s', (instant, zone, shown) => {
    expect(wallClockDate(instant, zone)?.toISOString()).toBe(shown);
  });

  it('answers null for a text that is no instant', () => {
    expect(wallClockDate('yesterday', 'Africa/Kampala')).toBeNull();
  });
});
