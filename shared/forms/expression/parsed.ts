import type { Expression } from './ast.ts';
import { compileExpression, type Evaluator } from './evaluate.ts';
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

const compiledBefore = new Map<string, Evaluator>();

/** The expression of a checked definition made ready to run, once per text. */
export function compiledExpression(text: string): Evaluator {
  let evaluator = compiledBefore.get(text);
  if (!evaluator) {
    evaluator = compileExpression(parsedExpression(text));
    compiledBefore.set(text, evaluator);
  }
  return evaluator;
}
