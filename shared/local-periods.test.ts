import { describe, expect, it } from 'vitest';
import { fmpPeriods, localPeriods } from './local-periods.ts';
import { SEED_FMPS } from './test/seed-fmps.ts';

const mpondwe = SEED_FMPS.find((f) => f.code === 'MPONDWE');
if (!mpondwe) throw new Error('seed FMP missing');

describe('fmpPeriods', () => {
  it.each([
    [
      'just before midnight in Kampala',
      '2026-11-29T20:59:59Z',
      { day: '2026-11-29', week: '2026-W48', month: '2026-11' },
    ],
    [
      'midnight in Kampala, still the evening before in UTC',
      '2026-11-30T21:00:00Z',
      { day: '2026-12-01', week: '2026-W49', month: '2026-12' },
    ],
    [
      'a time written with the Kampala offset',
      '2026-11-20T00:30:00+03:00',
      { day: '2026-11-20', week: '2026-W47', month: '2026-11' },
    ],
    [
      'New Year in the previous ISO week-year',
      '2027-01-01T09:00:00+03:00',
      { day: '2027-01-01', week: '2026-W53', month: '2027-01' },
    ],
    [
      'late December in the next ISO week-year',
      '2025-12-29T09:00:00+03:00',
      { day: '2025-12-29', week: '2026-W01', month: '2025-12' },
    ],
  ])('gives the local day, ISO week and month %s', (_name, instant, expected) => {
    expect(fmpPeriods(mpondwe, instant)).toEqual(expected);
  });

  it('follows the time zone it is given', () => {
    expect(localPeriods('2026-11-20T22:30:00Z', 'UTC').day).toBe('2026-11-20');
    expect(localPeriods('2026-11-20T22:30:00Z', 'Africa/Kampala').day).toBe('2026-11-21');
  });

  it('gives every seed FMP the Kampala time zone', () => {
    expect(new Set(SEED_FMPS.map((f) => f.timeZone))).toEqual(new Set(['Africa/Kampala']));
    expect(SEED_FMPS.map((f) => f.code)).toEqual([
      'MPONDWE',
      'BUSUNGA',
      'ISHASHA',
      'BUTOGOTA',
      'BUNAGANA',
      'BUSANZA',
      'GOLI',
      'MADEPO',
      'NTOROKO',
    ]);
  });
});
