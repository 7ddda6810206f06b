import type { FormProblemCode, FormProblemParams } from '../../../../shared/form-problems.ts';
import { scalarOf } from '../../../../shared/forms/condition-expression.ts';
import type { Check, Rule } from '../../../../shared/forms/types.ts';
import { plain, problemAt, unknownColumns, type ReadSheet, type SheetRow } from './cells.ts';
import { conditionCell, expressionCell } from './expression-cells.ts';
import { RULES_COLUMNS, SHEET, SHEET_LANGUAGE_COLUMNS } from './layout.ts';
import type { ReadContext } from './read-context.ts';
import { languageHeaderProblems, textOf } from './texts.ts';

/** The columns each kind of check reads; `fields` holds one name, or several for the sums. */
const CHECK_COLUMNS: Record<Check['kind'], readonly string[]> = {
  'sum-at-least': ['fields', 'min'],
  'sum-at-most': ['fields', 'max'],
  'sum-not-above': ['fields', 'limit_fields'],
  'not-in-future': ['fields', 'minutes'],
  'not-older-than': ['fields', 'days'],
  after: ['fields', 'other_field'],
  equals: ['fields', 'value'],
  'at-least': ['fields', 'min'],
};
const SUMS = new Set<Check['kind']>(['sum-at-least', 'sum-at-most', 'sum-not-above']);
const CHECK_VALUE_COLUMNS = ['fields', 'limit_fields', 'other_field', 'value', 'min', 'max', 'minutes', 'days'];

export interface RulesRead {
  rules: Rule[];
  rows: number[];
}

export function readRules(sheet: ReadSheet | undefined, context: ReadContext): RulesRead {
  const read: RulesRead = { rules: [], rows: [] };
  if (!sheet) return read;
  context.problems.push(...unknownColumns(sheet, RULES_COLUMNS, SHEET_LANGUAGE_COLUMNS[SHEET.rules] ?? []));
  languageHeaderProblems(sheet, 'message', context);
  for (const row of sheet.rows) {
    const rule = readRule(sheet, row, context);
    if (rule) {
      read.rules.push(rule);
      read.rows.push(row.number);
    }
  }
  return read;
}

function readRule(sheet: ReadSheet, row: SheetRow, context: ReadContext): Rule | null {
  const problem = <C extends FormProblemCode>(column: string, code: C, message: string, params: FormProblemParams<C>) =>
    context.problems.push(problemAt(sheet, row, column, code, message, params));
  const code = plain(row, 'code')?.text ?? '';
  if (!code) problem('code', 'missing-code', 'A rule needs a code', {});
  const severity = plain(row, 'severity')?.text ?? '';
  if (severity !== 'error' && severity !== 'warning')
    problem('severity', 'invalid-severity', `The severity is error or warning, not ${severity || 'empty'}`, {
      written: severity,
    });
  const when = conditionCell(sheet, row, 'when', context);
  const message = textOf(sheet, row, 'message', context, true);
  const kind = plain(row, 'check')?.text ?? '';
  if (!Object.hasOwn(CHECK_COLUMNS, kind)) {
    problem(
      'check',
      'unknown-check',
      `Unknown check ${kind || '(empty)'}: one of ${Object.keys(CHECK_COLUMNS).join(', ')}`,
      { written: kind, known: Object.keys(CHECK_COLUMNS).join(', ') },
    );
    return null;
  }
  const check = readCheck(kind as Check['kind'], row, sheet, context);
  if (!check || when === null || !message || (severity !== 'error' && severity !== 'warning')) return null;
  return { code, severity, ...(when ? { when } : {}), check, message };
}

function readCheck(kind: Check['kind'], row: SheetRow, sheet: ReadSheet, context: ReadContext): Check | null {
  const problem = <C extends FormProblemCode>(column: string, code: C, message: string, params: FormProblemParams<C>) =>
    context.problems.push(problemAt(sheet, row, column, code, message, params));
  const uses = CHECK_COLUMNS[kind];
  let failed = false;
  for (const column of CHECK_VALUE_COLUMNS) {
    const given = plain(row, column) !== undefined;
    if (given && !uses.includes(column))
      problem(column, 'column-not-held', `${column} does not apply to the check ${kind}`, {
        column,
        holder: 'check',
        check: kind,
      });
    if (!given && uses.includes(column))
      problem(column, 'missing-check-value', `The check ${kind} needs ${column}`, { column, check: kind });
    if (given !== uses.includes(column)) failed = true;
  }
  if (failed) return null;
  const text = (column: string) => plain(row, column)?.text ?? '';
  const names = (column: string, several: boolean): string[] => {
    const list = text(column).split(/\s+/).filter(Boolean);
    if (!several && list.length !== 1)
      problem(column, 'one-field', `The check ${kind} reads one question`, { check: kind });
    for (const name of list)
      if (!context.fields.has(name))
        problem(column, 'unknown-field', `${name} names no question of this form`, { name });
    return list;
  };
  const number = (column: string): number => {
    const value = Number(text(column));
    if (!Number.isFinite(value))
      problem(column, 'invalid-number', `${column} is a number, not ${text(column)}`, {
        column,
        written: text(column),
      });
    return value;
  };
  const before = context.problems.length;
  const fields = names('fields', SUMS.has(kind));
  const field = fields[0] ?? '';
  const check = ((): Check | null => {
    switch (kind) {
      case 'sum-at-least':
        return { kind, fields, min: number('min') };
      case 'sum-at-most':
        return { kind, fields, max: number('max') };
      case 'sum-not-above':
        return { kind, fields, limitFields: names('limit_fields', true) };
      case 'not-in-future':
        return { kind, field, toleranceMinutes: number('minutes') };
      case 'not-older-than':
        return { kind, field, days: number('days') };
      case 'after':
        return { kind, field, otherField: names('other_field', false)[0] ?? '' };
      case 'at-least':
        return { kind, field, min: number('min') };
      case 'equals': {
        const expression = expressionCell(sheet, row, 'value', context);
        const value = expression ? scalarOf(expression) : undefined;
        if (expression && value === undefined)
          problem(
            'value',
            'invalid-value',
            `value is a text in quotes, a number, true() or false(), not ${text('value')}`,
            { written: text('value') },
          );
        return value === undefined ? null : { kind, field, value };
      }
    }
  })();
  return context.problems.length === before ? check : null;
}
