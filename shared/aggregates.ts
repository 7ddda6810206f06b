import { z } from 'zod';
import { FMR_COUNT_FIELDS, GRID_MEASURES } from './fmr.ts';

const AGGREGATE_DIMENSIONS = [
  'fmp',
  'day',
  'week',
  'month',
  'direction',
  'nationality',
  'origin_country',
  'destination_country',
  'destination_admin2',
  'transport',
  'reason',
] as const;
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** Each row's numbers after its dimension columns, in this order (docs/api.md). */
export const AGGREGATE_MEASURES = [
  'records',
  ...(Object.keys(GRID_MEASURES) as (keyof typeof GRID_MEASURES)[]),
  ...FMR_COUNT_FIELDS,
] as const;
export type AggregateMeasure = (typeof AGGREGATE_MEASURES)[number];

const localDay = z.iso.date();

/** `from` and `to` are local days in each FMP's time zone, both inclusive. */
export const AggregatesQuery = z.object({
  by: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(AGGREGATE_DIMENSIONS)).min(1).max(AGGREGATE_DIMENSIONS.length)),
  from: localDay.optional(),
  to: localDay.optional(),
  fmp: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/)
    .optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
});
export type AggregatesQuery = z.infer<typeof AggregatesQuery>;

export type AggregateRow = Partial<Record<AggregateDimension, string | null>> & Record<AggregateMeasure, number>;
export interface AggregatesResponse {
  by: AggregateDimension[];
  rows: AggregateRow[];
}
