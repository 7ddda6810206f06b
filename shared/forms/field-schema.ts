import { z } from 'zod';
import { isCountryCode } from '../code-lists/countries.ts';
import type { FieldDefinition } from './types.ts';

const FMP_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-02-30` has the shape and is no day: the date must read back as itself. */
const isCalendarDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const ADMIN_CODE = /^([A-Z]{2}-[A-Z0-9]{1,3}|UNK)$/;

const cache = new WeakMap<FieldDefinition, z.ZodType>();

/** The zod schema of one answered field, built once per definition; each message is the stable issue code. */
export function fieldSchema(field: FieldDefinition): z.ZodType {
  let schema = cache.get(field);
  if (!schema) {
    schema = buildFieldSchema(field);
    cache.set(field, schema);
  }
  return schema;
}

function buildFieldSchema(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case 'integer':
      return z
        .int({ error: 'not-a-whole-number' })
        .min(field.min, { error: 'out-of-range' })
        .max(field.max, { error: 'out-of-range' });
    case 'decimal':
      return z
        .number({ error: 'not-a-number' })
        .refine(Number.isFinite, { error: 'not-a-number' })
        .min(field.min, { error: 'out-of-range' })
        .max(field.max, { error: 'out-of-range' });
    case 'select_one':
      return z.enum(field.choices.map((c) => c.value) as [string, ...string[]], { error: 'unknown-choice' });
    case 'select_multiple': {
      const choice = z.enum(field.choices.map((c) => c.value) as [string, ...string[]], { error: 'unknown-choice' });
      return z
        .array(choice, { error: 'invalid-value' })
        .refine((values) => new Set(values).size === values.length, { error: 'invalid-value' });
    }
    case 'text':
      return z.string({ error: 'invalid-value' }).max(field.maxLength, { error: 'too-long' });
    case 'datetime':
      return z.iso.datetime({ offset: true, error: 'invalid-datetime' });
    case 'date':
      return z.string({ error: 'invalid-date' }).refine(isCalendarDate, { error: 'invalid-date' });
    case 'note':
      return z.never({ error: 'not-answered' });
    case 'boolean':
      return z.boolean({ error: 'invalid-value' });
    case 'fmp':
      return z.string({ error: 'invalid-value' }).regex(FMP_CODE, { error: 'unknown-fmp' });
    case 'country':
      return z.string({ error: 'unknown-country' }).refine(isCountryCode, { error: 'unknown-country' });
    case 'admin1':
    case 'admin2':
      return z.string({ error: 'unknown-admin-area' }).regex(ADMIN_CODE, { error: 'unknown-admin-area' });
  }
}

const DATETIME_WITH_OFFSET = z.regexes.datetime({ offset: true });
const accepters = new WeakMap<FieldDefinition, (value: unknown) => boolean>();

/**
 * The same test as `fieldSchema(field).safeParse(value).success`, in plain JavaScript: validation
 * runs it first and asks zod only for the code of a value it refuses. A zod parse per field
 * allocated enough to make validation the largest cost of a push. A property test holds the two equal.
 */
export function fieldAccepts(field: FieldDefinition): (value: unknown) => boolean {
  let accepts = accepters.get(field);
  if (!accepts) {
    accepts = buildAccepter(field);
    accepters.set(field, accepts);
  }
  return accepts;
}

function buildAccepter(field: FieldDefinition): (value: unknown) => boolean {
  const isString = (value: unknown): value is string => typeof value === 'string';
  switch (field.type) {
    case 'integer':
      return (value) => Number.isSafeInteger(value) && (value as number) >= field.min && (value as number) <= field.max;
    case 'decimal':
      return (value) => typeof value === 'number' && Number.isFinite(value) && value >= field.min && value <= field.max;
    case 'select_one': {
      const choices = new Set(field.choices.map((c) => c.value));
      return (value) => isString(value) && choices.has(value);
    }
    case 'select_multiple': {
      const choices = new Set(field.choices.map((c) => c.value));
      return (value) =>
        Array.isArray(value) &&
        value.every((v) => isString(v) && choices.has(v)) &&
        new Set(value).size === value.length;
    }
    case 'text':
      return (value) => isString(value) && value.length <= field.maxLength;
    case 'datetime':
      return (value) => isString(value) && DATETIME_WITH_OFFSET.test(value);
    case 'date':
      return (value) => isString(value) && isCalendarDate(value);
    case 'note':
      return () => false;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'fmp':
      return (value) => isString(value) && FMP_CODE.test(value);
    case 'country':
      return (value) => isString(value) && isCountryCode(value);
    case 'admin1':
    case 'admin2':
      return (value) => isString(value) && ADMIN_CODE.test(value);
  }
}

/** Limits a field's issue message may name ({min}, {max}). */
export function fieldParams(field: FieldDefinition): Record<string, number> {
  if (field.type === 'integer' || field.type === 'decimal') return { min: field.min, max: field.max };
  if (field.type === 'text') return { max: field.maxLength };
  return {};
}
