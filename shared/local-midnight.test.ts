import { describe, expect, it } from 'vitest';
import { localMidnight } from './local-midnight.ts';

describe('localMidnight', () => {
  it.each([
    ['Africa/Addis_Ababa', '2026-11-20', '2026-11-20T00:00:00+03:00'],
    ['America/Santiago', '2026-04-04', '2026-04-04T00:00:00-03:00'],
    ['America/Santiago', '2026-04-06', '2026-04-06T00:00:00-04:00'],
    ['Asia/Kathmandu', '2026-11-20', '2026-11-20T00:00:00+05:45'],
    ['UTC', '2026-11-20', '2026-11-20T00:00:00+00:00'],
  ])('starts a day in %s with the offset of its own midnight: %s', (zone, day, start) => {
    expect(localMidnight(day, zone)).toBe(start);
  });
});
