import type { Expression } from '../../../../shared/forms/expression/ast.ts';
import { tokenize, type Token } from '../../../../shared/forms/expression/tokenize.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import { expressionCell } from './expression-cells.ts';
import { LIMITS_SHAPE } from './constraint-cell.ts';
import type { ReadContext } from './read-context.ts';

type Limits = { min: number; max: number } | { maxLength: number } | { min?: never; maxLength?: never };
export type ConstraintRead = Limits & { constraint?: string };

/** `. op number`, as the number. */
function bound(expression: Expression | undefined, operator: '>=' | '<='): number | undefined {
  if (expression?.kind !== 'binary' || expression.operator !== operator) return undefined;
  return expression.left.kind === 'self' && expression.right.kind === 'number' ? expression.right.value : undefined;
}

/** The limits the first operands of the constraint's top-level `and` give, and how many operands they take. */
function limitsOf(type: 'integer' | 'decimal' | 'text', operands: readonly Expression[]): [Limits, number] | undefined {
  if (type === 'text') {
    const [first] = operands;
    const isLength =
      first?.kind === 'binary' &&
      first.operator === '<=' &&
      first.right.kind === 'number' &&
      first.left.kind === 'call' &&
      first.left.name === 'string-length' &&
      first.left.args[0]?.kind === 'self';
    return isLength ? [{ maxLength: (first.right as { value: number }).value }, 1] : undefined;
  }
  const [min, max] = [bound(operands[0], '>='), bound(operands[1], '<=')];
  return min !== undefined && max !== undefined ? [{ min, max }, 2] : undefined;
}

const isSymbol = (token: Token | undefined, text: string) => token?.type === 'symbol' && token.text === text;

/** The `and` and `or` tokens outside any parentheses, by position. */
function topLevelWords(tokens: readonly Token[]): { and: number[]; or: number[] } {
  const found = { and: [] as number[], or: [] as number[] };
  let depth = 0;
  for (const token of tokens) {
    if (isSymbol(token, '(')) depth += 1;
    else if (isSymbol(token, ')')) depth -= 1;
    else if (depth === 0 && (isSymbol(token, 'and') || isSymbol(token, 'or')))
      found[(token as { text: 'and' | 'or' }).text].push(token.position);
  }
  return found;
}

/** `(x)` as `x` when one pair of parentheses holds all of it: the writer puts the rest of a constraint in one. */
function unwrapped(text: string): string {
  const tokens = tokenize(text);
  if (!tokens.ok || !isSymbol(tokens.tokens[0], '(')) return text;
  let depth = 0;
  for (const [i, token] of tokens.tokens.entries()) {
    if (isSymbol(token, '(')) depth += 1;
    else if (isSymbol(token, ')')) depth -= 1;
    if (depth === 0) return tokens.tokens[i + 1]?.type === 'end' ? text.slice(1, -1).trim() : text;
  }
  return text;
}

/**
 * The constraint column. An integer's or decimal's range and a text's length are required and come first,
 * `. >= min and . <= max` or `string-length(.) <= length`; anything joined after them with `and` is the
 * question's own constraint, as written (without the one pair of parentheses the writer puts around it).
 * Other questions' constraint is the whole cell, as written.
 */
export function readConstraint(
  sheet: ReadSheet,
  row: SheetRow,
  type: FieldDefinition['type'],
  context: ReadContext,
): ConstraintRead | null {
  const text = plain(row, 'constraint')?.text;
  const limited = type === 'integer' || type === 'decimal' || type === 'text';
  if (text === undefined) {
    if (!limited) return {};
    context.problems.push(
      problemAt(
        sheet,
        row,
        'constraint',
        'missing-constraint',
        `A ${type} question needs its limits: ${LIMITS_SHAPE[type]}`,
        { type, shape: LIMITS_SHAPE[type] },
      ),
    );
    return null;
  }
  const expression = expressionCell(sheet, row, 'constraint', context);
  if (!expression) return null;
  if (!limited) return { constraint: text };
  const operands = expression.kind === 'logical' && expression.operator === 'and' ? expression.operands : [expression];
  const tokens = tokenize(text);
  const words = topLevelWords(tokens.ok ? tokens.tokens : []);
  const limits = words.or.length === 0 ? limitsOf(type, operands) : undefined;
  if (!limits) {
    context.problems.push(
      problemAt(
        sheet,
        row,
        'constraint',
        'missing-limits',
        `A ${type} question's constraint starts with its limits, ${LIMITS_SHAPE[type]}, ` +
          `then and any other test; not ${text}`,
        { type, shape: LIMITS_SHAPE[type], written: text },
      ),
    );
    return null;
  }
  const [held, taken] = limits;
  const restAt = words.and[taken - 1];
  if (restAt === undefined) return held;
  return { ...held, constraint: unwrapped(text.slice(restAt + 'and'.length).trim()) };
}
