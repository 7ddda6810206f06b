import type { DIRECTIONS, FmrCountField } from '../../../shared/fmr.ts';
import { GRID_FIELDS } from '../../../shared/fmr.ts';

export type Direction = (typeof DIRECTIONS)[number];

export const categoryKey = (direction: Direction, field: FmrCountField): string => `${direction}.${field}`;

export interface TallyState {
  counts: Readonly<Record<string, number>>;
  taps: readonly string[];
}

export function tap(state: TallyState, key: string): TallyState {
  return { counts: { ...state.counts, [key]: (state.counts[key] ?? 0) + 1 }, taps: [...state.taps, key] };
}

/** Takes back the last tap, whichever button it was: the one a person most likely pressed by mistake. */
export function undo(state: TallyState): TallyState {
  const last = state.taps.at(-1);
  if (last === undefined) return state;
  return {
    counts: { ...state.counts, [last]: Math.max(0, (state.counts[last] ?? 0) - 1) },
    taps: state.taps.slice(0, -1),
  };
}

export function countOf(state: TallyState, direction: Direction, field: FmrCountField): number {
  return state.counts[categoryKey(direction, field)] ?? 0;
}

/** People counted in one direction: the grid's sum (vulnerabilities are among them, not extra). */
export function directionTotal(state: TallyState, direction: Direction): number {
  return GRID_FIELDS.reduce((sum, field) => sum + countOf(state, direction, field), 0);
}
