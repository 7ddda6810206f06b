import { checkAdmin1, checkAdmin2 } from '../code-lists/admin-areas.ts';
import { conditionFields, evaluateCondition, type Data } from './condition.ts';
import { fieldParams, fieldSchema } from './field-schema.ts';
import { checkFields, checkParams, passes } from './rules.ts';
import type { FieldDefinition, FormDefinition, Severity } from './types.ts';

export interface Issue {
  code: string;
  /** The field the person should look at. */
  field: string;
  severity: Severity;
  params: Record<string, string | number>;
}

export interface Validation {
  errors: Issue[];
  warnings: Issue[];
}

export interface ValidationContext {
  now: Date;
  /** When known (the device's config, the server's list), the FMP must be one of these. */
  fmpCodes?: ReadonlySet<string>;
}

export function isRequired(field: FieldDefinition, data: Data): boolean {
  return typeof field.required === 'object' ? evaluateCondition(field.required, data) : field.required !== false;
}

const isAnswered = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

function fieldIssue(field: FieldDefinition, value: unknown, data: Data, context: ValidationContext): string | null {
  const parsed = fieldSchema(field).safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid-value';
  if (field.type === 'fmp' && context.fmpCodes && !context.fmpCodes.has(value as string)) return 'unknown-fmp';
  if (field.type === 'admin1') {
    const check = checkAdmin1(value as string, data[field.countryField]);
    if (check !== 'ok') return check;
  }
  if (field.type === 'admin2') {
    const check = checkAdmin2(value as string, data[field.admin1Field]);
    if (check !== 'ok') return check;
  }
  return null;
}

/**
 * Checks record data against its form definition: unknown fields, relevance (skip logic),
 * required answers, each field's own constraint, then the cross-field rules whose fields are valid.
 */
export function validateData(form: FormDefinition, input: unknown, context: ValidationContext): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { errors: [{ code: 'invalid-value', field: '', severity: 'error', params: {} }], warnings: [] };
  }
  const data = input as Data;
  const errors: Issue[] = [];
  const known = new Set(form.fields.map((f) => f.name));
  for (const name of Object.keys(data)) {
    if (!known.has(name)) errors.push({ code: 'unknown-field', field: name, severity: 'error', params: {} });
  }
  for (const field of form.fields) {
    const value = data[field.name];
    const relevant = evaluateCondition(field.relevant, data);
    const code = !relevant
      ? isAnswered(value) ? 'not-relevant' : null
      : !isAnswered(value)
        ? isRequired(field, data) ? 'required' : null
        : fieldIssue(field, value, data, context);
    if (code) errors.push({ code, field: field.name, severity: 'error', params: fieldParams(field) });
  }

  const invalid = new Set(errors.map((e) => e.field));
  const warnings: Issue[] = [];
  for (const rule of form.rules) {
    const reads = [...checkFields(rule.check), ...conditionFields(rule.when)];
    if (reads.some((f) => invalid.has(f))) continue;
    if (!evaluateCondition(rule.when, data) || passes(rule.check, data, context.now)) continue;
    const issue = { code: rule.code, field: checkFields(rule.check)[0] ?? '', severity: rule.severity, params: checkParams(rule.check) };
    (rule.severity === 'error' ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}
