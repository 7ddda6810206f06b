import { AppError } from '../errors.ts';
import { decodeCursor } from '../db/keyset-cursor.ts';
import { parseFilter, type Comparison, type LiteralKind } from './filter-parser.ts';
import type { FeedComparison, FeedSet } from './feed-set.ts';

/** What a request asks of an entity set, checked against it. */
export interface FeedQuery {
  top: number | null;
  skip: number;
  count: boolean;
  select: string[] | null;
  descending: boolean;
  comparisons: FeedComparison[];
  /** The `$skiptoken` of a `nextLink`: where the previous page ended. */
  after: string[] | null;
}

const SUPPORTED = ['$top', '$skip', '$count', '$select', '$orderby', '$filter', '$skiptoken', '$format'] as const;
type Option = (typeof SUPPORTED)[number];

/** A 400 in the API's envelope, which is also OData's error body: `details` names the option at fault. */
function odataError(code: 'odata-unsupported' | 'odata-invalid', target: string, message: string): AppError {
  return new AppError(400, code, message, [{ code, target, message }]);
}

const unsupported = (target: string, what: string, hint: string) =>
  odataError('odata-unsupported', target, `${target}: ${what} is not supported; ${hint}`);

function count(name: Option, text: string | undefined, fallback: number | null): number | null {
  if (text === undefined) return fallback;
  if (!/^\d{1,9}$/.test(text))
    throw odataError('odata-invalid', name, `${name} is a whole number, not ${JSON.stringify(text)}.`);
  return Number(text);
}

const KIND_NAMES: Readonly<Record<LiteralKind, string>> = {
  string: "a text in quotes ('GOLI')",
  datetime: 'a date-time with offset (2026-11-01T00:00:00Z)',
  date: 'a date (2026-11-01)',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

/** A comparison the set supports, its value as the set stores it (date-times in UTC, as stored). */
function checked(set: FeedSet, comparison: Comparison): FeedComparison {
  const filterable = Object.keys(set.filterable);
  const kind = set.filterable[comparison.property];
  if (!kind) {
    const hint = filterable.length
      ? `${set.name} can be filtered on ${filterable.join(', ')}.`
      : `${set.name} takes no $filter.`;
    throw unsupported('$filter', `filtering on ${comparison.property}`, hint);
  }
  if (comparison.kind !== kind)
    throw odataError(
      'odata-invalid',
      '$filter',
      `$filter: ${comparison.property} is compared with ${KIND_NAMES[kind]}, not ${comparison.value}.`,
    );
  const value = kind === 'datetime' ? new Date(comparison.value) : null;
  if (value && Number.isNaN(value.getTime()))
    throw odataError('odata-invalid', '$filter', `$filter: ${comparison.value} is no date-time.`);
  return {
    property: comparison.property,
    operator: comparison.operator,
    value: value ? value.toISOString() : comparison.value,
  };
}

function select(set: FeedSet, text: string): string[] | null {
  const names = text.split(',').map((s) => s.trim());
  if (names.includes('*')) return null;
  const known = new Set(set.properties.map((p) => p.name));
  const unknown = names.find((name) => !known.has(name));
  if (unknown !== undefined)
    throw unsupported('$select', `selecting ${JSON.stringify(unknown)}`, `${set.name} has no such property.`);
  return names;
}

function descending(set: FeedSet, text: string): boolean {
  const match = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/.exec(text);
  if (!match || !set.timeProperty || match[1] !== set.timeProperty) {
    const hint = set.timeProperty
      ? `${set.name} is ordered by ${set.timeProperty}, asc or desc.`
      : `${set.name} has one order.`;
    throw unsupported('$orderby', `ordering by ${JSON.stringify(text)}`, hint);
  }
  return match[2] === 'desc';
}

/** The system query options of a request, every one the feed does not support refused by name (400). */
export function parseFeedQuery(set: FeedSet, params: URLSearchParams): FeedQuery {
  const options = new Map<Option, string>();
  for (const [name, value] of params) {
    if (!name.startsWith('$')) continue;
    if (!(SUPPORTED as readonly string[]).includes(name))
      throw unsupported(name, name, 'this feed supports $top, $skip, $count, $select, $orderby and $filter.');
    if (options.has(name as Option)) throw odataError('odata-invalid', name, `${name} is given twice.`);
    options.set(name as Option, value);
  }
  const format = options.get('$format');
  if (format !== undefined && !/^(json|application\/json)\b/.test(format))
    throw unsupported('$format', `the format ${JSON.stringify(format)}`, 'this feed answers JSON.');
  const countText = options.get('$count');
  if (countText !== undefined && countText !== 'true' && countText !== 'false')
    throw odataError('odata-invalid', '$count', '$count is true or false.');
  const filterText = options.get('$filter');
  const filter = filterText === undefined ? null : parseFilter(filterText);
  if (filter && !filter.ok)
    throw unsupported(
      '$filter',
      filter.unsupported,
      'use eq, ne, gt, ge, lt and le between a property and a literal, joined by and.',
    );
  const token = options.get('$skiptoken');
  const after = token === undefined ? null : decodeCursor(token, set.keyLength);
  if (token !== undefined && !after)
    throw odataError('odata-invalid', '$skiptoken', 'The $skiptoken is not one this server gave out.');
  const selectText = options.get('$select');
  const orderText = options.get('$orderby');
  return {
    top: count('$top', options.get('$top'), null),
    skip: count('$skip', options.get('$skip'), 0) ?? 0,
    count: countText === 'true',
    select: selectText === undefined ? null : select(set, selectText),
    descending: orderText === undefined ? false : descending(set, orderText),
    comparisons: filter?.ok ? filter.comparisons.map((c) => checked(set, c)) : [],
    after,
  };
}
