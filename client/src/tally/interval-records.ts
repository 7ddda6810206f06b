import { DIRECTIONS } from '../../../shared/fmr.ts';
import { UNKNOWN } from '../../../shared/code-lists/countries.ts';
import { countOf, TALLY_FIELDS, type Direction, type TallyState } from './tally-counts.ts';

export interface IntervalContext {
  fmp: string;
  intervalStart: string;
  intervalEnd: string;
}

/**
 * The FMR data of one closed interval in one direction, zeros included: an interval in which nobody
 * crossed is an observation. A tally does not ask travellers, so what it cannot know is unknown or other.
 */
export function intervalData(state: TallyState, direction: Direction, context: IntervalContext): Record<string, unknown> {
  const counts = Object.fromEntries(TALLY_FIELDS.map((field) => [field, countOf(state, direction, field)]));
  // The FMPs sit on the Uganda–DRC border: incoming is from the DRC into Uganda, outgoing the reverse.
  const [origin, destination] = direction === 'incoming' ? ['COD', 'UGA'] : ['UGA', 'COD'];
  return {
    fmp: context.fmp,
    observed_at: context.intervalStart,
    direction,
    origin_country: origin,
    destination_country: destination,
    nationality: UNKNOWN,
    transport: 'other',
    reason: 'other',
    duration: 'unknown',
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
