import type { Db } from '../db/database.ts';
import type { AggregateDimension, AggregateMeasure, AggregateRow, AggregatesQuery } from '../../../shared/aggregates.ts';
import { CHILD_FIELDS, GRID_FIELDS } from '../../../shared/fmr.ts';
import { CUBE_COUNTS } from './fmr-cube.ts';

type Counts = Record<(typeof CUBE_COUNTS)[number] | 'records', number>;

const sum = (counts: Counts, fields: readonly (keyof Counts)[]) => fields.reduce((total, f) => total + counts[f], 0);

/** DESIGN.md's measures from the summed grid: children 0-17, adults 18 and over, elderly 60 and over. */
export function measures(counts: Counts): Record<AggregateMeasure, number> {
  return {
    records: counts.records,
    individuals: sum(counts, GRID_FIELDS),
    males: sum(counts, ['males_0_4', 'males_5_17', 'males_18_59', 'males_60_plus']),
    females: sum(counts, ['females_0_4', 'females_5_17', 'females_18_59', 'females_60_plus']),
    children: sum(counts, CHILD_FIELDS),
    adults: sum(counts, ['males_18_59', 'males_60_plus', 'females_18_59', 'females_60_plus']),
    elderly: sum(counts, ['males_60_plus', 'females_60_plus']),
    ...Object.fromEntries(CUBE_COUNTS.map((f) => [f, counts[f]])),
  } as Record<AggregateMeasure, number>;
}

/** Sums `fmr_cube` over the filters, grouped by the requested dimensions in the order asked. */
export function queryAggregates(db: Db, query: AggregatesQuery): AggregateRow[] {
  const by: AggregateDimension[] = [...new Set(query.by)];
  const conditions: [string, string][] = [];
  if (query.fmp) conditions.push(['fmp = ?', query.fmp]);
  if (query.from) conditions.push(['day >= ?', query.from]);
  if (query.to) conditions.push(['day <= ?', query.to]);
  if (query.direction) conditions.push(['direction = ?', query.direction]);
  const where = conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(' AND ')}` : '';
  const sums = ['records', ...CUBE_COUNTS].map((c) => `sum(${c}) AS ${c}`).join(', ');
  const group = by.join(', ');
  const rows = db
    .prepare<string[], Record<string, string | number>>(`SELECT ${group}, ${sums} FROM fmr_cube ${where} GROUP BY ${group} ORDER BY ${group}`)
    .all(...conditions.map(([, value]) => value));
  return rows.map((row) => {
    const dims = Object.fromEntries(by.map((d) => [d, row[d] === '' ? null : String(row[d])]));
    return { ...dims, ...measures(row as Counts) };
  });
}
