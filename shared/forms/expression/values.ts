/**
 * How answers behave in expressions. Answers keep their JSON type: `'5' = 5` is false, as a condition's
 * `equals` is. Missing, null, '' and an empty selection are all empty, and empty equals only empty.
 * A comparison or sum that does not apply to its operands (a text and a number, an empty answer) is
 * false or empty, never an exception.
 */
export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Orders two numbers, two dates, two datetimes (as instants) or a date and a datetime (by the datetime's
 * own calendar date, as written with its offset); anything else has no order and gives null.
 */
export function compareValues(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number')
    return Number.isNaN(a) || Number.isNaN(b) ? null : Math.sign(a - b);
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  if (DATE.test(a) && DATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  if (DATETIME.test(a) && DATETIME.test(b)) {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    return Number.isNaN(x) || Number.isNaN(y) ? null : Math.sign(x - y);
  }
  if (DATE.test(a) && DATETIME.test(b)) return compareValues(a, b.slice(0, 10));
  if (DATETIME.test(a) && DATE.test(b)) return compareValues(a.slice(0, 10), b);
  return null;
}

/** XPath's boolean(): what `and`, `or`, `not()` and a `relevant` make of a value. */
export function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return !isEmpty(value);
}
