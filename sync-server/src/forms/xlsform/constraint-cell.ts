import { printExpression } from '../../../../shared/forms/expression/print.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';

/** How the constraint column spells the limits the definition holds in its own keys. */
export const LIMITS_SHAPE = {
  integer: '. >= min and . <= max',
  decimal: '. >= min and . <= max',
  text: 'string-length(.) <= length',
} as const;

const number = (value: number) => printExpression({ kind: 'number', value });

function limitsOf(field: FieldDefinition): string | undefined {
  if (field.type === 'integer' || field.type === 'decimal')
    return `. >= ${number(field.min)} and . <= ${number(field.max)}`;
  if (field.type === 'text') return `string-length(.) <= ${number(field.maxLength)}`;
  return undefined;
}

/**
 * The constraint cell: the limits first, then the question's own constraint in one pair of parentheses,
 * which read-constraint.ts takes off again; without limits, the constraint as it is.
 */
export function constraintCell(field: FieldDefinition): string {
  const limits = limitsOf(field);
  if (!limits) return field.constraint ?? '';
  return field.constraint ? `${limits} and (${field.constraint})` : limits;
}
