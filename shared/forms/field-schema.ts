import { z } from 'zod';
import { isCountryCode } from '../code-lists/countries.ts';
import type { FieldDefinition } from './types.ts';

const FMP_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;
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

/** Limits a field's issue message may name ({min}, {max}). */
export function fieldParams(field: FieldDefinition): Record<string, number> {
  if (field.type === 'integer') return { min: field.min, max: field.max };
  if (field.type === 'text') return { max: field.maxLength };
  return {};
}
