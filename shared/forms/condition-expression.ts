import type { Expression } from './expression/ast.ts';
import { parsedExpression } from './expression/parsed.ts';
import type { Condition } from './types.ts';

type Scalar = string | number | boolean;

/** A value as an expression literal, so that 'KEN', 5 and true() keep their type. */
export const literal = (value: Scalar): Expression =>
  typeof value === 'boolean'
    ? { kind: 'call', name: value ? 'true' : 'false', args: [] }
    : typeof value === 'number'
      ? { kind: 'number', value }
      : { kind: 'string', value };

const field = (name: string): Expression => ({ kind: 'field', name });
const equals = (name: string, value: Scalar): Expression => ({
  kind: 'binary',
  operator: '=',
  left: field(name),
  right: literal(value),
});

function joined(operator: 'and' | 'or', operands: Expression[]): Expression {
  if (operands.length === 1) return operands[0] as Expression;
  if (operands.length === 0) return literal(operator === 'and');
  return { kind: 'logical', operator, operands };
}

/** The expression a condition means: `{ field: 'consent', equals: 'yes' }` is `${consent} = 'yes'`. */
export function conditionToExpression(condition: Condition): Expression {
  if ('all' in condition) return joined('and', condition.all.map(conditionToExpression));
  if ('any' in condition) return joined('or', condition.any.map(conditionToExpression));
  if ('not' in condition) return { kind: 'call', name: 'not', args: [conditionToExpression(condition.not)] };
  if ('expression' in condition) return parsedExpression(condition.expression);
  if ('equals' in condition) return equals(condition.field, condition.equals);
  if ('oneOf' in condition)
    return joined(
      'or',
      condition.oneOf.map((value) => equals(condition.field, value)),
    );
  if ('atLeast' in condition)
    return { kind: 'binary', operator: '>=', left: field(condition.field), right: literal(condition.atLeast) };
  return { kind: 'call', name: 'selected', args: [field(condition.field), literal(condition.includes)] };
}

/** The value a literal stands for; undefined for anything that is not a literal. */
export function scalarOf(expression: Expression): Scalar | undefined {
  if (expression.kind === 'number' || expression.kind === 'string') return expression.value;
  if (
    expression.kind === 'call' &&
    expression.args.length === 0 &&
    (expression.name === 'true' || expression.name === 'false')
  ) {
    return expression.name === 'true';
  }
  return undefined;
}

/** `${name} = literal`, as the field name and the value. */
function equalsOf(expression: Expression): { field: string; value: Scalar } | undefined {
  if (expression.kind !== 'binary' || expression.operator !== '=' || expression.left.kind !== 'field') return undefined;
  const value = scalarOf(expression.right);
  return value === undefined ? undefined : { field: expression.left.name, value };
}

/**
 * The condition an expression is, when it is one: the inverse of `conditionToExpression` on every
 * condition in its canonical form (see definition-schema.ts). Anything else gives null.
 */
export function expressionToCondition(expression: Expression): Condition | null {
  const equality = equalsOf(expression);
  if (equality) return { field: equality.field, equals: equality.value };
  switch (expression.kind) {
    case 'binary':
      return expression.operator === '>=' && expression.left.kind === 'field' && expression.right.kind === 'number'
        ? { field: expression.left.name, atLeast: expression.right.value }
        : null;
    case 'call': {
      const [first, second] = expression.args;
      if (expression.name === 'not' && first && !second) {
        const inner = expressionToCondition(first);
        return inner && { not: inner };
      }
      if (expression.name === 'selected' && first?.kind === 'field' && second?.kind === 'string') {
        return { field: first.name, includes: second.value };
      }
      return null;
    }
    case 'logical': {
      if (expression.operator === 'or') {
        const choices = expression.operands.map(equalsOf);
        const name = choices[0]?.field;
        if (choices.every((c) => c !== undefined && c.field === name)) {
          return { field: name as string, oneOf: choices.map((c) => (c as { value: Scalar }).value) };
        }
      }
      const operands = expression.operands.map(expressionToCondition);
      if (operands.some((c) => c === null)) return null;
      return expression.operator === 'and' ? { all: operands as Condition[] } : { any: operands as Condition[] };
    }
    default:
      return null;
  }
}
