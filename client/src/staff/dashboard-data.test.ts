import { describe, expect, it } from 'vitest';
import type { AggregateRow } from '../../../shared/aggregates.ts';
import { AGGREGATE_MEASURES } from '../../../shared/aggregates.ts';
import { dailySeries, pyramid, top } from './dashboard-data.ts';

const row = (dims: Partial<AggregateRow>, individuals: number): AggregateRow => ({
  ...(Object.fromEntries(AGGREGATE_MEASURES.map((m) => [m, 0])) as Record<(typeof AGGREGATE_MEASURES)[number], number>),
  records: 1,
  individuals,
  males_18_59: individuals,
  ...dims,
});

describe('the dashboard data', () => {
  it('puts each FMP and direction on one series over every day, zero where nobody crossed', () => {
    const { days, series } = dailySeries([
      row({ fmp: 'GOLI', day: '2026-11-02', direction: 'incoming' }, 4),
      row({ fmp: 'MPONDWE', day: '2026-11-01', direction: 'outgoing' }, 2),
    ]);
    expect(days).toEqual(['2026-11-01', '2026-11-02']);
    expect(series).toEqual([
      { label: 'GOLI incoming', values: [0, 4] },
      { label: 'MPONDWE outgoing', values: [2, 0] },
    ]);
  });

  it('sums the pyramid over all rows by age band', () => {
    expect(pyramid([row({}, 3), row({}, 2)]).find((b) => b.band === '18–59')).toEqual({
      band: '18–59',
      males: 5,
      females: 0,
    });
  });

  it('keeps the largest values and sums the rest as other', () => {
    const rows = ['COD', 'UGA', 'SSD'].map((n, i) => row({ nationality: n }, 10 - i));
    expect(top(rows, 'nationality', 2).map((r) => [r.key, r.individuals])).toEqual([
      ['COD', 10],
      ['UGA', 9],
      ['other', 8],
    ]);
  });
});
