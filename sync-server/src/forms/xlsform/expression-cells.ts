import { expressionToCondition } from '../../../../shared/forms/condition-expression.ts';
import type { Expression } from '../../../../shared/forms/expression/ast.ts';
import { parseExpression } from '../../../../shared/forms/expression/parse.ts';
import type { Condition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import type { ReadContext } from './read-context.ts';

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
  for (const error of parsed.errors)
    context.problems.push(problemAt(sheet, row, column, error.code, `${error.message} of ${source}`));
  return null;
}

/**
 * A relevant, required or when cell as a condition. An expression the condition tree cannot hold parses,
 * but is named in an error: definitions of this format hold conditions only (decision 0082).
 */
export function conditionCell(
  sheet: ReadSheet,
  row: SheetRow,
  column: string,
  context: ReadContext,
  text?: string,
): Condition | undefined | null {
  const cell = plain(row, column);
  if (!cell && text === undefined) return undefined;
  const expression = expressionCell(sheet, row, column, context, text);
  if (!expression) return null;
  const condition = expressionToCondition(expression);
  if (!condition) {
    context.problems.push(
      problemAt(
        sheet,
        row,
        column,
        'expression-not-held',
        `${text ?? cell?.text} is a valid expression, but form definitions hold only conditions: ` +
          "${q} = value, ${q} >= number, selected(${q}, 'v'), and, or, not()",
      ),
    );
    return null;
  }
  return condition;
}
