import type { SqlRunner } from '../db/sql.ts';
import type {
  AggregateDimension,
  AggregateMeasure,
  AggregateRow,
  AggregatesQuery,
} from '../../../shared/aggregates.ts';
import { FMR_COUNT_FIELDS, GRID_MEASURES, type FmrCountField } from '../../../shared/fmr.ts';
import { DAILY_DIMENSIONS } from './fmr-cube.ts';

type Counts = Record<FmrCountField | 'records', number>;

/** Each measure as the aggregate table's columns it adds up, in the API's order. */
const MEASURE_COLUMNS: Readonly<Record<AggregateMeasure, readonly (keyof Counts)[]>> = {
  records: ['records'],
  ...GRID_MEASURES,
  ...(Object.fromEntries(FMR_COUNT_FIELDS.map((field) => [field, [field]])) as Record<FmrCountField, [FmrCountField]>),
};

const mapMeasures = <T>(of: (columns: readonly (keyof Counts)[]) => T): Record<AggregateMeasure, T> =>
  Object.fromEntries(Object.entries(MEASURE_COLUMNS).map(([measure, columns]) => [measure, of(columns)])) as Record<
    AggregateMeasure,
    T
  >;

/** The measures of one group of summed counts: what the SQL below computes, for a test to recompute. */
export function measures(counts: Counts): Record<AggregateMeasure, number> {
  return mapMeasures((columns) => columns.reduce((total, column) => total + counts[column], 0));
}

export const MEASURE_SQL = mapMeasures((columns) => `sum(${columns.join(' + ')})`);

/** The smallest table holding the sums asked for: fewer rows to add up, the same totals. */
export function aggregateTable(
  query: Pick<AggregatesQuery, 'by' | 'from' | 'to'>,
): 'fmr_daily' | 'fmr_monthly' | 'fmr_cube' {
  if (query.by.every((d) => (DAILY_DIMENSIONS as readonly string[]).includes(d))) return 'fmr_daily';
  const needsDays =
    query.by.includes('day') || query.by.includes('week') || query.from !== undefined || query.to !== undefined;
  return needsDays ? 'fmr_cube' : 'fmr_monthly';
}

/** Sums the aggregate table over the filters, grouped by the requested dimensions in the order asked. */
export function queryAggregates(db: SqlRunner, query: AggregatesQuery): Promise<AggregateRow[]> {
  const by: AggregateDimension[] = [...new Set(query.by)];
  const conditions: [string, string][] = [];
  if (query.fmp) conditions.push(['fmp = ?', query.fmp]);
  if (query.from) conditions.push(['day >= ?', query.from]);
  if (query.to) conditions.push(['day <= ?', query.to]);
  if (query.direction) conditions.push(['direction = ?', query.direction]);
  const where = conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(' AND ')}` : '';
  // Unanswered destination_admin2 is '' in the key; the API says null.
  const columns = by.map((d) => `nullif(${d}, '') AS "${d}"`);
  const measures = Object.entries(MEASURE_SQL).map(([name, sql]) => `${sql} AS "${name}"`);
  const table = aggregateTable(query);
  // The table's own columns, not the answer's: unanswered '' sorts first on both engines, where NULL would not.
  const group = by.map((d) => `${table}.${d}`).join(', ');
  return db.all<AggregateRow>(
    `SELECT ${[...columns, ...measures].join(', ')} FROM ${table} ${where} GROUP BY ${group} ORDER BY ${group}`,
    conditions.map(([, value]) => value),
  );
}
