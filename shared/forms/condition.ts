import { conditionToExpression } from './condition-expression.ts';
import { compiledExpression, parsedExpression } from './expression/parsed.ts';
import { printExpression } from './expression/print.ts';
import { referencedFields } from './expression/references.ts';
import { truthy } from './expression/values.ts';
import type { Condition } from './types.ts';

export type Data = Readonly<Record<string, unknown>>;

/** What `now()` and `today()` read: the clock of the judgement and the deployment's IANA time zone. */
export interface Clock {
  now: Date;
  timeZone: string;
}

export function evaluateCondition(condition: Condition | undefined, data: Data, clock?: Clock): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, data, clock));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, data, clock));
  if ('not' in condition) return !evaluateCondition(condition.not, data, clock);
  if ('expression' in condition) {
    return truthy(compiledExpression(condition.expression)({ data, now: clock?.now, timeZone: clock?.timeZone }));
  }
  const value = data[condition.field];
  if ('equals' in condition) return value === condition.equals;
  if ('oneOf' in condition) return condition.oneOf.some((v) => v === value);
  if ('atLeast' in condition) return typeof value === 'number' && value >= condition.atLeast;
  return Array.isArray(value) && value.includes(condition.includes);
}

/** The fields a condition reads, so a rule is judged only when they are valid. */
export function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  if ('expression' in condition) return referencedFields(parsedExpression(condition.expression));
  return [condition.field];
}

/** XLSForm text for docs/forms.md and XLSForm sheets: `${consent} = 'yes'`. */
export function describeCondition(condition: Condition): string {
  return 'expression' in condition ? condition.expression : printExpression(conditionToExpression(condition));
}
