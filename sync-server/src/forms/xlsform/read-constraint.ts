import type { Expression } from '../../../../shared/forms/expression/ast.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import { expressionCell } from './expression-cells.ts';
import type { ReadContext } from './read-context.ts';

type Limits = { min: number; max: number } | { maxLength: number } | Record<string, never>;

/** `. op number`, as the number. */
function bound(expression: Expression | undefined, operator: '>=' | '<='): number | undefined {
  if (expression?.kind !== 'binary' || expression.operator !== operator) return undefined;
  return expression.left.kind === 'self' && expression.right.kind === 'number' ? expression.right.value : undefined;
}

function limitsOf(type: FieldDefinition['type'], expression: Expression): Limits | undefined {
  if (
    type === 'integer' &&
    expression.kind === 'logical' &&
    expression.operator === 'and' &&
    expression.operands.length === 2
  ) {
    const [min, max] = [bound(expression.operands[0], '>='), bound(expression.operands[1], '<=')];
    return min !== undefined && max !== undefined ? { min, max } : undefined;
  }
  if (
    type === 'text' &&
    expression.kind === 'binary' &&
    expression.operator === '<=' &&
    expression.right.kind === 'number' &&
    expression.left.kind === 'call' &&
    expression.left.name === 'string-length' &&
    expression.left.args[0]?.kind === 'self'
  ) {
    return { maxLength: expression.right.value };
  }
  return undefined;
}

/**
 * The constraint column holds what the definition format has of a question's own limits: an integer's
 * range and a text's length. Any other constraint is named in an error.
 */
export function readConstraint(
  sheet: ReadSheet,
  row: SheetRow,
  type: FieldDefinition['type'],
  context: ReadContext,
): Limits | null {
  const text = plain(row, 'constraint')?.text;
  const shape = type === 'integer' ? '. >= min and . <= max' : 'string-length(.) <= length';
  if (text === undefined) {
    if (type !== 'integer' && type !== 'text') return {};
    context.problems.push(
      problemAt(sheet, row, 'constraint', 'missing-constraint', `A ${type} question needs its limits: ${shape}`),
    );
    return null;
  }
  const expression = expressionCell(sheet, row, 'constraint', context);
  if (!expression) return null;
  const limits = limitsOf(type, expression);
  if (!limits) {
    context.problems.push(
      problemAt(
        sheet,
        row,
        'constraint',
        'constraint-not-held',
        type === 'integer' || type === 'text'
          ? `Form definitions hold a ${type} question's constraint only as ${shape}, not ${text}`
          : `Form definitions hold no constraint on a ${type} question yet, not ${text}`,
      ),
    );
    return null;
  }
  return limits;
}
