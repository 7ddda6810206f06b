import { expressionToCondition } from './condition-expression.ts';
import type { Path, Problem } from './definition-problem.ts';
import { parseExpression } from './expression/parse.ts';
import { readsSelf } from './expression/references.ts';

/**
 * What is wrong with one expression of a definition: its syntax, unknown functions and questions, a
 * `.` where there is no answer of its own, and (for a condition) a meaning that a condition tree
 * holds, which is written as the tree so that each meaning has one spelling (decision 0082).
 */
export function expressionProblems(
  text: string,
  path: Path,
  fields: ReadonlySet<string>,
  place: 'condition' | 'constraint',
): Problem[] {
  const parsed = parseExpression(text, { fields });
  if (!parsed.ok) return parsed.errors.map((error) => ({ path, message: error.message }));
  if (place === 'constraint') return [];
  if (readsSelf(parsed.expression)) {
    return [{ path, message: '. stands for a question’s own answer: only a constraint has one' }];
  }
  const tree = expressionToCondition(parsed.expression);
  return tree ? [{ path, message: `write this condition as ${JSON.stringify(tree)}` }] : [];
}
