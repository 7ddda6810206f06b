import { z } from 'zod';
import { AppError } from '../errors.ts';
import { REVIEW_STATES, type ReviewState } from '../../../shared/records.ts';

const RecordFilterQuery = z.object({
  fmp: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/)
    .optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  state: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(REVIEW_STATES)).min(1))
    .optional(),
});

export interface RecordFilter {
  fmp?: string;
  fromUtc?: string;
  toUtc?: string;
  /** Review states to keep; every stored (accepted) record when absent. */
  states?: readonly ReviewState[];
}

/** `from` is inclusive and `to` exclusive, both on the moment the record happened. */
export function parseRecordFilter(query: Record<string, string>): RecordFilter {
  const parsed = RecordFilterQuery.safeParse(query);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError(
      400,
      'invalid-query',
      'Filters: fmp is an FMP code; from and to are ISO 8601 date-times with offset; state a list of review states.',
      details,
    );
  }
  const { fmp, from, to, state } = parsed.data;
  return {
    fmp,
    fromUtc: from && new Date(from).toISOString(),
    toUtc: to && new Date(to).toISOString(),
    states: state,
  };
}

export function filterSql(filter: RecordFilter): { where: string; params: string[] } {
  const conditions: [string, string | undefined][] = [
    ['fmp = ?', filter.fmp],
    ['occurred_at >= ?', filter.fromUtc],
    ['occurred_at < ?', filter.toUtc],
  ];
  const used = conditions.filter((c): c is [string, string] => c[1] !== undefined);
  const states = filter.states ? [` AND review_state IN (${filter.states.map(() => '?').join(', ')})`] : [];
  return {
    where: used.map(([sql]) => ` AND ${sql}`).join('') + states.join(''),
    params: [...used.map(([, value]) => value), ...(filter.states ?? [])],
  };
}
