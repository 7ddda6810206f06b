import type { Expression } from './ast.ts';
import { parseExpression } from './parse.ts';

const parsedBefore = new Map<string, Expression>();

/**
 * The tree of an expression of a checked definition, parsed once per text. The definition schema
 * refuses an expression that does not parse, so one that fails here is a bug, not a user error.
 */
export function parsedExpression(text: string): Expression {
  let expression = parsedBefore.get(text);
  if (!expression) {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(`an unchecked expression reached evaluation: ${text}`);
    expression = parsed.expression;
    parsedBefore.set(text, expression);
  }
  return expression;
}
