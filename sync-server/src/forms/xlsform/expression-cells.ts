import { expressionToCondition } from '../../../../shared/forms/condition-expression.ts';
import type { Expression } from '../../../../shared/forms/expression/ast.ts';
import { FUNCTION_ARITY } from '../../../../shared/forms/expression/functions.ts';
import { parseExpression, type LocatedError } from '../../../../shared/forms/expression/parse.ts';
import { readsSelf } from '../../../../shared/forms/expression/references.ts';
import type { Condition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import type { ReadContext } from './read-context.ts';

/** An expression's error at its cell, with what the message mentions as params. */
function expressionProblem(sheet: ReadSheet, row: SheetRow, column: string, error: LocatedError, source: string) {
  const message = `${error.message} of ${source}`;
  const { near } = error;
  if (error.code === 'unknown-field')
    return problemAt(sheet, row, column, error.code, message, { name: near.replace(/^\$\{(.*)\}$/, '$1') });
  const at = { expression: source, character: error.position + 1, near };
  if (error.code === 'wrong-argument-count')
    return problemAt(sheet, row, column, error.code, message, { ...at, expected: FUNCTION_ARITY[near] ?? 0 });
  return problemAt(sheet, row, column, error.code, message, at);
}

/** A cell's expression, each of its errors located at the cell; null when it has errors. */
export function expressionCell(
  sheet: ReadSheet,
  row: SheetRow,
  column: string,
  context: ReadContext,
  text?: string,
): Expression | null {
  const cell = plain(row, column);
  const source = text ?? cell?.text ?? '';
  const parsed = parseExpression(source, { fields: context.fields });
  if (parsed.ok) return parsed.expression;
  for (const error of parsed.errors) context.problems.push(expressionProblem(sheet, row, column, error, source));
  return null;
}

/**
 * A relevant, required or when cell as a condition: the tree that holds it when there is one (the
 * definition schema refuses an expression a tree holds), otherwise the expression as written.
 */
export function conditionCell(
  sheet: ReadSheet,
  row: SheetRow,
  column: string,
  context: ReadContext,
  text?: string,
): Condition | undefined | null {
  const source = text ?? plain(row, column)?.text;
  if (source === undefined) return undefined;
  const expression = expressionCell(sheet, row, column, context, source);
  if (!expression) return null;
  if (readsSelf(expression)) {
    context.problems.push(
      problemAt(
        sheet,
        row,
        column,
        'self-outside-constraint',
        `. stands for a question's own answer, which only its constraint reads: name the question, \${name}, in ${source}`,
        { expression: source },
      ),
    );
    return null;
  }
  return expressionToCondition(expression) ?? { expression: source.trim() };
}
