import { GRID_FIELDS } from '../../../shared/fmr.ts';
import { ADMIN_FIELDS, COUNTRY_FIELDS, COUNT_FIELDS, TEXT_FIELDS, type TextField } from './fmr-fields.ts';
import { toIsoWithOffset } from './local-time.ts';

/** What the form holds while typing: text as typed, so a half-typed number is never lost or reset. */
export type FmrFormValues = Record<TextField, string> & { estimated: boolean };

const CODE_SET = new Set<string>([...ADMIN_FIELDS, ...COUNTRY_FIELDS]);
const COUNT_SET = new Set<string>(COUNT_FIELDS);

export function initialValues(fmp: string, now: Date): FmrFormValues {
  return {
    fmp,
    observed_at: toIsoWithOffset(now),
    direction: '',
    origin_country: 'COD',
    origin_admin1: '',
    origin_admin2: '',
    destination_country: 'UGA',
    destination_admin1: '',
    destination_admin2: '',
    nationality: 'COD',
    transport: '',
    reason: '',
    duration: '',
    males_0_4: '0',
    males_5_17: '0',
    males_18_59: '0',
    males_60_plus: '0',
    females_0_4: '0',
    females_5_17: '0',
    females_18_59: '0',
    females_60_plus: '0',
    pregnant_lactating: '0',
    unaccompanied_children: '0',
    separated_children: '0',
    disability: '0',
    estimated: false,
    notes: '',
  };
}

/** Reopens a draft; anything missing or of the wrong type falls back to the defaults. */
export function valuesFromDraft(data: Record<string, unknown>, defaults: FmrFormValues): FmrFormValues {
  const values = { ...defaults };
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value === 'string') values[field] = value;
  }
  const estimated = data['estimated'];
  if (typeof estimated === 'boolean') values.estimated = estimated;
  return values;
}

/** An empty count means nobody; anything that is not digits is passed on for validation to reject. */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : Number(trimmed);
}

/**
 * The record data the form stands for. The form records one group, never a tally interval.
 * Whatever is left empty is null, so validation says "required" rather than "unknown choice".
 */
export function toFmrCandidate(values: FmrFormValues): Record<string, unknown> {
  const candidate: Record<string, unknown> = { source: 'group', estimated: values.estimated };
  for (const field of TEXT_FIELDS) {
    const text = values[field];
    if (COUNT_SET.has(field)) candidate[field] = parseCount(text);
    else if (text.trim() === '') candidate[field] = null;
    else if (CODE_SET.has(field)) candidate[field] = text.trim().toUpperCase();
    else candidate[field] = text;
  }
  return candidate;
}

export function groupTotal(values: FmrFormValues): number {
  return GRID_FIELDS.reduce((sum, field) => {
    const n = parseCount(values[field]);
    return Number.isInteger(n) && n > 0 ? sum + n : sum;
  }, 0);
}
