import { checkAdmin1, checkAdmin2 } from '../code-lists/admin-areas.ts';
import { conditionFields, evaluateCondition, type Clock, type Data } from './condition.ts';
import { compiledExpression } from './expression/parsed.ts';
import { truthy } from './expression/values.ts';
import { fieldAccepts, fieldParams, fieldSchema } from './field-schema.ts';
import { enclosingGroups } from './question-tree.ts';
import { checkFields, checkParams, passes } from './rules.ts';
import type { Condition, FieldDefinition, FormDefinition, Severity } from './types.ts';

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

export interface ValidationContext extends Clock {
  /** The clock of the judgement: the tablet's when finalising, the server's when receiving. */
  now: Date;
  /** The deployment's IANA time zone, in which `today()` is a date. */
  timeZone: string;
  /** When known (the device's config, the server's list), the FMP must be one of these. */
  fmpCodes?: ReadonlySet<string>;
}

function isRequired(field: FieldDefinition, data: Data, clock: Clock): boolean {
  if (field.type === 'note') return false;
  return typeof field.required === 'object' ? evaluateCondition(field.required, data, clock) : field.required !== false;
}

const isAnswered = (value: unknown) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

function fieldIssue(field: FieldDefinition, value: unknown, data: Data, context: ValidationContext): string | null {
  if (!fieldAccepts(field)(value)) {
    const parsed = fieldSchema(field).safeParse(value);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid-value';
  }
  if (field.type === 'fmp' && context.fmpCodes && !context.fmpCodes.has(value as string)) return 'unknown-fmp';
  if (field.type === 'admin1') {
    const check = checkAdmin1(value as string, data[field.countryField]);
    if (check !== 'ok') return check;
  }
  if (field.type === 'admin2') {
    const check = checkAdmin2(value as string, data[field.admin1Field]);
    if (check !== 'ok') return check;
  }
  if (field.constraint) {
    const judged = { data, self: value, now: context.now, timeZone: context.timeZone };
    if (!truthy(compiledExpression(field.constraint)(judged))) return 'constraint';
  }
  return null;
}

/** What validation needs of a form besides its fields, worked out once per definition. */
interface FormPlan {
  known: ReadonlySet<string>;
  /** Per field: its own relevance and that of every group it is in, innermost last. */
  relevance: ReadonlyMap<string, readonly Condition[]>;
  rules: { rule: FormDefinition['rules'][number]; reads: readonly string[]; field: string; params: Issue['params'] }[];
}

const plans = new WeakMap<FormDefinition, FormPlan>();

function planOf(form: FormDefinition): FormPlan {
  let plan = plans.get(form);
  if (!plan) {
    plan = {
      known: new Set(form.fields.map((f) => f.name)),
      relevance: new Map(form.fields.map((f) => [f.name, relevanceOf(form, f)])),
      rules: form.rules.map((rule) => ({
        rule,
        reads: [...checkFields(rule.check), ...conditionFields(rule.when)],
        field: checkFields(rule.check)[0] ?? '',
        params: checkParams(rule.check),
      })),
    };
    plans.set(form, plan);
  }
  return plan;
}

/** The conditions that make a question relevant: each enclosing group's, outermost first, then its own. */
export function relevanceOf(form: FormDefinition, field: FieldDefinition): Condition[] {
  const groups = enclosingGroups(form, field.group).flatMap((g) => (g.relevant ? [g.relevant] : []));
  return field.relevant ? [...groups, field.relevant] : groups;
}

/** Whether a question is asked, given the answers so far: its groups' relevance and its own. */
export function isRelevant(form: FormDefinition, field: FieldDefinition, data: Data, clock: Clock): boolean {
  return (planOf(form).relevance.get(field.name) ?? []).every((c) => evaluateCondition(c, data, clock));
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
  const plan = planOf(form);
  const errors: Issue[] = [];
  for (const name in data) {
    if (Object.hasOwn(data, name) && !plan.known.has(name))
      errors.push({ code: 'unknown-field', field: name, severity: 'error', params: {} });
  }
  for (const field of form.fields) {
    const value = data[field.name];
    const relevant = isRelevant(form, field, data, context);
    const code = !relevant
      ? isAnswered(value)
        ? 'not-relevant'
        : null
      : !isAnswered(value)
        ? isRequired(field, data, context)
          ? 'required'
          : null
        : fieldIssue(field, value, data, context);
    if (code) errors.push({ code, field: field.name, severity: 'error', params: fieldParams(field) });
  }

  const invalid = errors.length > 0 ? new Set(errors.map((e) => e.field)) : null;
  const warnings: Issue[] = [];
  for (const { rule, reads, field, params } of plan.rules) {
    if (invalid && reads.some((f) => invalid.has(f))) continue;
    if (!evaluateCondition(rule.when, data, context) || passes(rule.check, data, context.now)) continue;
    const issue = { code: rule.code, field, severity: rule.severity, params: { ...params } };
    (rule.severity === 'error' ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}
