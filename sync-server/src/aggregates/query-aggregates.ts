import type { Db } from '../db/database.ts';
import type { AggregateDimension, AggregateMeasure, AggregateRow, AggregatesQuery } from '../../../shared/aggregates.ts';
import { CHILD_FIELDS, GRID_FIELDS } from '../../../shared/fmr.ts';
import { CUBE_COUNTS, DAILY_DIMENSIONS } from './fmr-cube.ts';

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

const plus = (fields: readonly string[]) => `sum(${fields.join(' + ')})`;

/** The measures as SQL over the aggregate table, in DESIGN.md's order; `measures` above says the same in TypeScript. */
const MEASURE_SQL: Record<AggregateMeasure, string> = {
  records: 'sum(records)',
  individuals: plus(GRID_FIELDS),
  males: plus(['males_0_4', 'males_5_17', 'males_18_59', 'males_60_plus']),
  females: plus(['females_0_4', 'females_5_17', 'females_18_59', 'females_60_plus']),
  children: plus(CHILD_FIELDS),
  adults: plus(['males_18_59', 'males_60_plus', 'females_18_59', 'females_60_plus']),
  elderly: plus(['males_60_plus', 'females_60_plus']),
  ...(Object.fromEntries(CUBE_COUNTS.map((c) => [c, `sum(${c})`])) as Record<(typeof CUBE_COUNTS)[number], string>),
};

/** The smallest table holding the sums asked for: fewer rows to add up, the same totals. */
export function aggregateTable(query: Pick<AggregatesQuery, 'by' | 'from' | 'to'>): 'fmr_daily' | 'fmr_monthly' | 'fmr_cube' {
  if (query.by.every((d) => (DAILY_DIMENSIONS as readonly string[]).includes(d))) return 'fmr_daily';
  const needsDays = query.by.includes('day') || query.by.includes('week') || query.from !== undefined || query.to !== undefined;
  return needsDays ? 'fmr_cube' : 'fmr_monthly';
}

/** Sums the aggregate table over the filters, grouped by the requested dimensions in the order asked. */
export function queryAggregates(db: Db, query: AggregatesQuery): AggregateRow[] {
  const by: AggregateDimension[] = [...new Set(query.by)];
  const conditions: [string, string][] = [];
  if (query.fmp) conditions.push(['fmp = ?', query.fmp]);
  if (query.from) conditions.push(['day >= ?', query.from]);
  if (query.to) conditions.push(['day <= ?', query.to]);
  if (query.direction) conditions.push(['direction = ?', query.direction]);
  const where = conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(' AND ')}` : '';
  // Unanswered destination_admin2 is '' in the key; the API says null.
  const columns = by.map((d) => `nullif(${d}, '') AS ${d}`);
  const measures = Object.entries(MEASURE_SQL).map(([name, sql]) => `${sql} AS ${name}`);
  const group = by.join(', ');
  return db
    .prepare<string[], AggregateRow>(
      `SELECT ${[...columns, ...measures].join(', ')} FROM ${aggregateTable(query)} ${where} GROUP BY ${group} ORDER BY ${group}`,
    )
    .all(...conditions.map(([, value]) => value));
}
