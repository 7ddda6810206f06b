import { AGGREGATE_MEASURES } from '../../../shared/aggregates.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import { CUBE_DIMENSIONS } from '../aggregates/fmr-cube.ts';
import { aggregatePage, countAggregateRows, type AggregateTable } from '../aggregates/aggregate-pages.ts';
import type { FeedComparison, FeedProperty, FeedSet } from './feed-set.ts';

interface TableShape {
  table: AggregateTable;
  /** The period its rows are summed over: the first column of the order. */
  time: 'day' | 'month';
  /** The rest of its primary key. */
  dimensions: readonly string[];
  /** Periods stored beside `day`, which they follow. */
  periods: readonly string[];
}

const TABLES: readonly TableShape[] = [
  { table: 'fmr_daily', time: 'day', dimensions: ['fmp', 'direction'], periods: ['week', 'month'] },
  { table: 'fmr_cube', time: 'day', dimensions: CUBE_DIMENSIONS, periods: ['week', 'month'] },
  { table: 'fmr_monthly', time: 'month', dimensions: CUBE_DIMENSIONS, periods: [] },
];

/**
 * An aggregate table as stored, one row per key, with the measures of `GET /aggregates`. An unanswered
 * label stays '' here, where `/aggregates` says null: it is part of the key, which OData never lets be null.
 */
function aggregateSet({ table, time, dimensions, periods }: TableShape): FeedSet {
  const order = [time, ...dimensions];
  const labels = [...order, ...periods];
  const properties: FeedProperty[] = [
    ...labels.map((name): FeedProperty => ({ name, type: name === 'day' ? 'Edm.Date' : 'Edm.String' })),
    ...AGGREGATE_MEASURES.map((name): FeedProperty => ({ name, type: 'Edm.Int32' })),
  ];
  const toColumns = (comparisons: readonly FeedComparison[]) =>
    comparisons.map((c) => ({ column: c.property, operator: c.operator, value: c.value }));
  return {
    name: table,
    form: FMR_FORM_ID,
    key: order,
    properties,
    filterable: { [time]: time === 'day' ? 'date' : 'string', fmp: 'string', direction: 'string' },
    timeProperty: time,
    keyLength: order.length,
    async *read(db, request) {
      const page = { ...request, comparisons: toColumns(request.comparisons), order };
      for await (const chunk of aggregatePage(db, table, labels, page)) {
        yield chunk.map((row) => ({
          row: Object.fromEntries(
            properties.map(({ name, type }) => [name, type === 'Edm.Int32' ? Number(row[name]) : (row[name] ?? null)]),
          ),
          key: order.map((column) => String(row[column])),
        }));
      }
    },
    count: (db, comparisons) => countAggregateRows(db, table, toColumns(comparisons)),
  };
}

export const AGGREGATE_SETS: readonly FeedSet[] = TABLES.map(aggregateSet);
