import { describeCondition } from '../../shared/forms/condition.ts';
import type { Check, FieldDefinition } from '../../shared/forms/types.ts';
import { constraintCell } from '../../sync-server/src/forms/xlsform/constraint-cell.ts';

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

/** What an answer must be: the limits and own constraint as the XLSForm constraint cell writes them, or the type's form. */
export function describeConstraint(field: FieldDefinition): string {
  switch (field.type) {
    case 'integer':
    case 'decimal':
    case 'text':
      return constraintCell(field);
    case 'datetime':
      return withOwn('ISO 8601 with offset', field);
    case 'date':
      return withOwn('YYYY-MM-DD', field);
    case 'country':
      return withOwn('ISO 3166-1 alpha-3, or UNK', field);
    case 'admin1':
    case 'admin2':
      return withOwn('ISO 3166-2 inside the area above, or UNK', field);
    case 'fmp':
      return withOwn('an FMP code of the server’s list', field);
    case 'select_multiple':
      return withOwn('no answer twice', field);
    default:
      return field.constraint ?? '';
  }
}

const withOwn = (form: string, field: FieldDefinition) => (field.constraint ? `${form}; ${field.constraint}` : form);

export function describeRequired(field: FieldDefinition): string {
  if (field.type === 'note') return '';
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
