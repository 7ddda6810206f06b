import type { ValidationIssue } from '../db/records.ts';
import { ADMIN_FIELDS, CHOICE_FIELDS, COUNTRY_FIELDS, COUNT_FIELDS, isFmrField, type FmrField } from './fmr-fields.ts';

export const FIELD_ERROR_CODES = [
  'choose', 'country-code', 'admin-code', 'count', 'grid-empty', 'date', 'too-long', 'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
export type FieldErrors = Partial<Record<FmrField, FieldErrorCode>>;

const KIND_BY_FIELD = new Map<string, FieldErrorCode>([
  ...CHOICE_FIELDS.map((f) => [f, 'choose'] as const),
  ...COUNTRY_FIELDS.map((f) => [f, 'country-code'] as const),
  ...ADMIN_FIELDS.map((f) => [f, 'admin-code'] as const),
  ...COUNT_FIELDS.map((f) => [f, 'count'] as const),
  ['observed_at', 'date'],
  ['notes', 'too-long'],
]);

/** One message per field, chosen by what the field is rather than by zod's wording. */
export function fieldErrors(issues: readonly ValidationIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (!isFmrField(field) || errors[field]) continue;
    errors[field] = issue.message === 'grid-empty' ? 'grid-empty' : (KIND_BY_FIELD.get(field) ?? 'invalid');
  }
  return errors;
}
