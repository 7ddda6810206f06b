import type { Data } from './condition.ts';
import type { Check } from './types.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const num = (data: Data, field: string) => (typeof data[field] === 'number' ? (data[field] as number) : 0);
function sum(data: Data, fields: readonly string[]): number {
  let total = 0;
  for (const field of fields) total += num(data, field);
  return total;
}
const time = (data: Data, field: string) => (typeof data[field] === 'string' ? Date.parse(data[field] as string) : NaN);

/** The fields a check reads: it is judged only when each of them is valid. */
export function checkFields(check: Check): readonly string[] {
  switch (check.kind) {
    case 'sum-at-least':
    case 'sum-at-most':
      return check.fields;
    case 'sum-not-above':
      return [...check.fields, ...check.limitFields];
    case 'after':
      return [check.field, check.otherField];
    default:
      return [check.field];
  }
}

/** True when the data passes; a missing value passes, since `required` already speaks for it. */
export function passes(check: Check, data: Data, now: Date): boolean {
  switch (check.kind) {
    case 'sum-at-least':
      return sum(data, check.fields) >= check.min;
    case 'sum-at-most':
      return sum(data, check.fields) <= check.max;
    case 'sum-not-above':
      return sum(data, check.fields) <= sum(data, check.limitFields);
    case 'not-in-future': {
      const t = time(data, check.field);
      return Number.isNaN(t) || t <= now.getTime() + check.toleranceMinutes * MINUTE;
    }
    case 'not-older-than': {
      const t = time(data, check.field);
      return Number.isNaN(t) || t >= now.getTime() - check.days * DAY;
    }
    case 'after': {
      const [t, other] = [time(data, check.field), time(data, check.otherField)];
      return Number.isNaN(t) || Number.isNaN(other) || t > other;
    }
    case 'equals':
      return data[check.field] === undefined || data[check.field] === null || data[check.field] === check.value;
    case 'at-least':
      return typeof data[check.field] !== 'number' || num(data, check.field) >= check.min;
  }
}

/** The numbers a rule's message may name. */
export function checkParams(check: Check): Record<string, string | number> {
  switch (check.kind) {
    case 'sum-at-least':
      return { min: check.min };
    case 'sum-at-most':
      return { max: check.max };
    case 'not-in-future':
      return { minutes: check.toleranceMinutes };
    case 'not-older-than':
      return { days: check.days };
    case 'equals':
      return { value: String(check.value) };
    case 'at-least':
      return { min: check.min };
    default:
      return {};
  }
}
