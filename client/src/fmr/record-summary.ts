import { DIRECTIONS, GRID_FIELDS } from '../../../shared/fmr.ts';

export interface RecordSummary {
  direction: (typeof DIRECTIONS)[number] | null;
  total: number;
  observedAt: string | null;
}

const DIRECTION_SET = new Set<string>(DIRECTIONS);

function isDirection(value: unknown): value is (typeof DIRECTIONS)[number] {
  return typeof value === 'string' && DIRECTION_SET.has(value);
}

/** Works on finalised data (numbers) and on drafts (text as typed) alike. */
export function summarizeRecord(data: Record<string, unknown>): RecordSummary {
  const total = GRID_FIELDS.reduce((sum, field) => {
    const n = Number(data[field] ?? 0);
    return Number.isInteger(n) && n > 0 ? sum + n : sum;
  }, 0);
  const observedAt = data['observed_at'];
  return {
    direction: isDirection(data['direction']) ? data['direction'] : null,
    total,
    observedAt: typeof observedAt === 'string' && observedAt !== '' ? observedAt : null,
  };
}
