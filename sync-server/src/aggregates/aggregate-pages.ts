import type { Sql } from '../db/sql.ts';
import type { AggregateMeasure } from '../../../shared/aggregates.ts';
import { comparisonsSql, keysetSql, type ColumnComparison, type KeysetPage } from '../db/keyset-page.ts';
import { MEASURE_SQL } from './query-aggregates.ts';

export type AggregateTable = 'fmr_daily' | 'fmr_cube' | 'fmr_monthly';

export type AggregatePageRow = Record<string, string> & Record<AggregateMeasure, number>;

const ROWS_PER_READ = 500;

/**
 * The rows of one aggregate table, each with the measures of `GET /aggregates`: grouped by the columns of
 * its key (`page.order`), so each group is one stored row and the measures are the same SQL as there.
 */
export function aggregatePage(
  db: Sql,
  table: AggregateTable,
  labels: readonly string[],
  page: KeysetPage,
): AsyncGenerator<AggregatePageRow[]> {
  const { conditions, orderAndLimit, params } = keysetSql(page);
  const measures = Object.entries(MEASURE_SQL).map(([name, sql]) => `${sql} AS "${name}"`);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return db.stream<AggregatePageRow>(
    `SELECT ${[...labels, ...measures].join(', ')} FROM ${table} ${where} GROUP BY ${labels.join(', ')} ${orderAndLimit}`,
    params,
    ROWS_PER_READ,
  );
}

export async function countAggregateRows(
  db: Sql,
  table: AggregateTable,
  comparisons: readonly ColumnComparison[],
): Promise<number> {
  const { conditions, params } = comparisonsSql(comparisons);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${where}`, params))?.n ?? 0;
}
