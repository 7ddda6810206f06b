import { DIRECTIONS } from '../../../shared/fmr.ts';
import { FMR_COUNT_FIELDS } from '../../../shared/fmr.ts';
import { countOf, type Direction, type TallyState } from './tally-counts.ts';

export interface IntervalContext {
  fmp: string;
  intervalStart: string;
  intervalEnd: string;
}

/**
 * The FMR data of one closed interval in one direction, zeros included: an interval in which nobody
 * crossed is an observation. A tally asks travellers nothing, so origin, destination, nationality, transport,
 * reason and duration stay empty (FMR v1 asks them of groups only) rather than be guessed.
 */
export function intervalData(
  state: TallyState,
  direction: Direction,
  context: IntervalContext,
): Record<string, unknown> {
  const counts = Object.fromEntries(FMR_COUNT_FIELDS.map((field) => [field, countOf(state, direction, field)]));
  return {
    fmp: context.fmp,
    observed_at: context.intervalStart,
    direction,
    ...counts,
    estimated: false,
    source: 'tally',
    interval_start: context.intervalStart,
    interval_end: context.intervalEnd,
  };
}

export function intervalRecords(state: TallyState, context: IntervalContext): Record<string, unknown>[] {
  return DIRECTIONS.map((direction) => intervalData(state, direction, context));
}
