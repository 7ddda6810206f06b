import type { AggregateDimension, AggregateRow } from '../../../shared/aggregates.ts';
import { AGE_BAND_LABELS, AGE_BANDS } from '../../../shared/fmr.ts';

export interface Series {
  label: string;
  values: number[];
}

/** Individuals per day, one series per FMP and direction, every day of the range on the axis. */
export function dailySeries(rows: readonly AggregateRow[]): { days: string[]; series: Series[] } {
  const days = [...new Set(rows.map((r) => r.day ?? ''))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const series = new Map<string, number[]>();
  for (const row of rows) {
    const label = `${row.fmp} ${row.direction}`;
    const values = series.get(label) ?? days.map(() => 0);
    const at = index.get(row.day ?? '') ?? 0;
    values[at] = (values[at] ?? 0) + row.individuals;
    series.set(label, values);
  }
  return {
    days,
    series: [...series].map(([label, values]) => ({ label, values })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** The sex x age pyramid summed over the rows: males and females per age band, youngest first. */
export function pyramid(rows: readonly AggregateRow[]): { band: string; males: number; females: number }[] {
  return AGE_BANDS.map((band) => ({
    band: AGE_BAND_LABELS[band],
    males: rows.reduce((sum, r) => sum + r[`males_${band}`], 0),
    females: rows.reduce((sum, r) => sum + r[`females_${band}`], 0),
  }));
}

/** The `count` largest values of a dimension by individuals; the rest summed as "other". */
export function top(
  rows: readonly AggregateRow[],
  dimension: AggregateDimension,
  count = 8,
): { key: string; individuals: number; records: number }[] {
  const sorted = rows
    .map((r) => ({ key: r[dimension] ?? '–', individuals: r.individuals, records: r.records }))
    .sort((a, b) => b.individuals - a.individuals || a.key.localeCompare(b.key));
  const head = sorted.slice(0, count);
  const rest = sorted.slice(count);
  if (rest.length === 0) return head;
  return [
    ...head,
    {
      key: 'other',
      individuals: rest.reduce((s, r) => s + r.individuals, 0),
      records: rest.reduce((s, r) => s + r.records, 0),
    },
  ];
}
