import { describeCondition } from '../../shared/forms/condition.ts';
import type { Check, FieldDefinition } from '../../shared/forms/types.ts';

const ref = (field: string) => `\${${field}}`;
const plus = (fields: readonly string[]) => fields.map(ref).join(' + ');

/** XLSForm-like type: `select_one direction`, `integer`, `admin1 of ${origin_country}`. */
export function describeType(field: FieldDefinition): string {
  switch (field.type) {
    case 'select_one':
    case 'select_multiple':
      return `${field.type} ${field.name}`;
    case 'admin1':
      return `admin1 of ${ref(field.countryField)}`;
    case 'admin2':
      return `admin2 of ${ref(field.admin1Field)}`;
    default:
      return field.type;
  }
}

export function describeConstraint(field: FieldDefinition): string {
  switch (field.type) {
    case 'integer':
      return `. >= ${field.min} and . <= ${field.max}`;
    case 'text':
      return `string-length(.) <= ${field.maxLength}`;
    case 'datetime':
      return 'ISO 8601 with offset';
    case 'country':
      return 'ISO 3166-1 alpha-3, or UNK';
    case 'admin1':
    case 'admin2':
      return 'ISO 3166-2 inside the area above, or UNK';
    case 'fmp':
      return 'an FMP code of the server’s list';
    case 'select_multiple':
      return 'no answer twice';
    default:
      return '';
  }
}

export function describeRequired(field: FieldDefinition): string {
  if (typeof field.required === 'object') return `\`${describeCondition(field.required)}\``;
  return field.required === false ? 'no' : 'yes';
}

export function describeRelevance(field: FieldDefinition): string {
  return field.relevant ? describeCondition(field.relevant) : '';
}

export function describeCheck(check: Check): string {
  switch (check.kind) {
    case 'sum-at-least':
      return `${plus(check.fields)} >= ${check.min}`;
    case 'sum-at-most':
      return `${plus(check.fields)} <= ${check.max}`;
    case 'sum-not-above':
      return `${plus(check.fields)} <= ${plus(check.limitFields)}`;
    case 'not-in-future':
      return `${ref(check.field)} <= now() + ${check.toleranceMinutes} minutes`;
    case 'not-older-than':
      return `${ref(check.field)} >= now() - ${check.days} days`;
    case 'after':
      return `${ref(check.field)} > ${ref(check.otherField)}`;
    case 'equals':
      return `${ref(check.field)} = '${String(check.value)}'`;
    case 'at-least':
      return `${ref(check.field)} >= ${check.min}`;
  }
}
