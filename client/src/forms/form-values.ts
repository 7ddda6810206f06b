import { relevanceOf } from '../../../shared/forms/validate.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';
import { toIsoWithOffset } from './local-time.ts';
import type { FormLayout } from './form-layout.ts';
import type { FormValue, FormValues } from './form-value.ts';

export const isFilled = (value: FormValue | undefined): boolean =>
  value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

export const emptyValue = (field: FieldDefinition): FormValue => (field.type === 'select_multiple' ? [] : '');

/** The definition's starting answer as the form holds it: a number as text, as if typed. */
export function defaultValue(field: FieldDefinition): FormValue | undefined {
  const value = field.default;
  if (value === undefined || field.type === 'note') return undefined;
  return typeof value === 'number'
    ? String(value)
    : typeof value === 'string' || typeof value === 'boolean'
      ? value
      : [...value];
}

/**
 * A new record: each question's default, the device's FMP, now for every time that is always asked and has
 * no default, then the layout's defaults.
 */
export function initialValues(form: FormDefinition, layout: FormLayout, fmp: string, now: Date): FormValues {
  const values: Record<string, FormValue> = {};
  for (const field of form.fields) {
    const starting = defaultValue(field);
    if (field.type === 'fmp') values[field.name] = fmp;
    else if (starting !== undefined) values[field.name] = starting;
    else if (field.type === 'datetime' && relevanceOf(form, field).length === 0)
      values[field.name] = toIsoWithOffset(now);
  }
  return { ...values, ...layout.defaults };
}

/** Reopens stored data (a draft as typed, or finalised numbers); anything of another shape is dropped. */
export function valuesFromData(
  form: FormDefinition,
  data: Readonly<Record<string, unknown>>,
  defaults: FormValues,
): FormValues {
  const values: Record<string, FormValue> = { ...defaults };
  for (const field of form.fields) {
    const value = data[field.name];
    if (typeof value === 'string' || typeof value === 'boolean') values[field.name] = value;
    else if (typeof value === 'number') values[field.name] = String(value);
    else if (Array.isArray(value)) values[field.name] = value.filter((v): v is string => typeof v === 'string');
    else if (value === null) values[field.name] = emptyValue(field);
  }
  return values;
}

/** Text that reads as a decimal number becomes one; anything else stays text, for validation to call not a number. */
function decimalAnswer(text: string): number | string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : text;
}

function answer(field: FieldDefinition, value: FormValue): unknown {
  if (typeof value !== 'string') return value;
  if (field.type === 'integer') return Number(value.trim());
  if (field.type === 'decimal') return decimalAnswer(value);
  return value;
}

/**
 * The record data the form stands for. Unanswered questions and notes are left out, so validation says
 * "required" where one is missing; anything typed that is not a number is passed on for it to reject.
 */
export function toCandidate(form: FormDefinition, layout: FormLayout, values: FormValues): Record<string, unknown> {
  const counts = new Set(layout.counts);
  const candidate: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.type === 'note') continue;
    const fixed = layout.fixed[field.name];
    const value = fixed ?? values[field.name];
    if (value !== undefined && isFilled(value)) candidate[field.name] = answer(field, value);
    else if (counts.has(field.name)) candidate[field.name] = 0;
  }
  return candidate;
}

/** Whole, non-negative counts only: a half-typed or wrong cell adds nothing to a live total. */
export function sumOf(values: FormValues, fields: readonly string[]): number {
  return fields.reduce((sum, field) => {
    const value = values[field];
    const n = typeof value === 'string' ? Number(value.trim()) : 0;
    return Number.isInteger(n) && n > 0 ? sum + n : sum;
  }, 0);
}
