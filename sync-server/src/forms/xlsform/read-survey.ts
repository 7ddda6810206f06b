import type { FormProblemCode, FormProblemParams } from '../../../../shared/form-problems.ts';
import type { Condition, FieldDefinition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, unknownColumns, type ReadSheet, type SheetRow } from './cells.ts';
import { conditionCell } from './expression-cells.ts';
import { readDefault } from './default-cell.ts';
import { BEGIN_GROUP, END_GROUP, HELD_TYPES, SHEET, SHEET_LANGUAGE_COLUMNS, SURVEY_COLUMNS } from './layout.ts';
import { groupReader, type GroupsRead } from './read-groups.ts';
import type { ChoiceList } from './read-choices.ts';
import type { ReadContext } from './read-context.ts';
import { readConstraint } from './read-constraint.ts';
import { languageHeaderProblems, textOf } from './texts.ts';

/** Where each question and group came from, for problems the definition schema finds later. */
export interface SurveyRead {
  fields: FieldDefinition[];
  rows: number[];
  /** For each question with choices, the list it took them from. */
  lists: (string | undefined)[];
  /** Every list a select row names, read or not: a question refused for another reason still uses its list. */
  listsNamed: Set<string>;
  groups: GroupsRead;
}

const isOneOf = <T extends string>(list: readonly T[], word: string): word is T =>
  (list as readonly string[]).includes(word);

const typeText = (row: SheetRow) => (plain(row, 'type')?.text ?? '').split(/\s+/).filter(Boolean).join(' ');
const isGroupRow = (row: SheetRow) => isOneOf([...BEGIN_GROUP, ...END_GROUP], typeText(row));

/** The question names of the survey, read first so that expressions can be checked against all of them. */
export function surveyNames(sheet: ReadSheet): Set<string> {
  return new Set(
    sheet.rows
      .filter((row) => !isGroupRow(row))
      .map((row) => plain(row, 'name')?.text)
      .filter((name): name is string => Boolean(name)),
  );
}

export function readSurvey(sheet: ReadSheet, lists: ReadonlyMap<string, ChoiceList>, context: ReadContext): SurveyRead {
  context.problems.push(...unknownColumns(sheet, SURVEY_COLUMNS, SHEET_LANGUAGE_COLUMNS[SHEET.survey] ?? []));
  for (const column of SHEET_LANGUAGE_COLUMNS[SHEET.survey] ?? []) languageHeaderProblems(sheet, column, context);
  const groups = groupReader(sheet, context);
  const read: Omit<SurveyRead, 'groups'> = { fields: [], rows: [], lists: [], listsNamed: new Set() };
  const firstRowOf = new Map<string, number>();
  for (const row of sheet.rows) {
    const type = typeText(row);
    if (isOneOf(END_GROUP, type)) {
      groups.end(row);
      continue;
    }
    const name = plain(row, 'name')?.text;
    if (name && firstRowOf.has(name)) {
      context.problems.push(
        problemAt(
          sheet,
          row,
          'name',
          'duplicate-name',
          `A second question or group named ${name} (the first is on row ${firstRowOf.get(name)})`,
          { name, first: firstRowOf.get(name) ?? 0 },
        ),
      );
    } else if (name) {
      firstRowOf.set(name, row.number);
    }
    if (isOneOf(BEGIN_GROUP, type)) {
      groups.begin(row);
      continue;
    }
    const group = groups.enclose();
    const [word, list] = typeWords(row);
    if (list && (word === 'select_one' || word === 'select_multiple')) read.listsNamed.add(list);
    const field = readQuestion(sheet, row, lists, context);
    if (field) {
      read.fields.push(group ? { ...field, group } : field);
      read.rows.push(row.number);
      read.lists.push('choices' in field ? list : undefined);
    }
  }
  return { ...read, groups: groups.finish() };
}

const typeWords = (row: SheetRow) => (plain(row, 'type')?.text ?? '').split(/\s+/).filter(Boolean);

/** What a note cannot have: it is read, never answered. */
const ANSWER_COLUMNS = ['required', 'constraint', 'constraint_message', 'default', 'hxl'];

function readQuestion(
  sheet: ReadSheet,
  row: SheetRow,
  lists: ReadonlyMap<string, ChoiceList>,
  context: ReadContext,
): FieldDefinition | null {
  const problem = <C extends FormProblemCode>(column: string, code: C, message: string, params: FormProblemParams<C>) =>
    context.problems.push(problemAt(sheet, row, column, code, message, params));
  const [word = '', argument, ...rest] = typeWords(row);
  if (!isOneOf(HELD_TYPES, word) || rest.length > 0) {
    const text = typeText(row);
    problem('type', 'unknown-type', text ? `Unknown type ${text}` : 'A question needs a type', {
      type: text,
      reason: text ? 'unknown' : 'empty',
      argument: '',
    });
    return null;
  }
  if (word === 'note') {
    for (const cell of row.cells)
      if (ANSWER_COLUMNS.includes(cell.column.header.column))
        problem(
          cell.column.text,
          'column-not-held',
          `A note is never answered, so it has no ${cell.column.header.column}`,
          { column: cell.column.header.column, holder: 'note', check: '' },
        );
  }
  const name = plain(row, 'name')?.text ?? '';
  if (!name) problem('name', 'missing-name', 'A question needs a name', { of: 'question' });
  const label = textOf(sheet, row, 'label', context, true);
  const hint = textOf(sheet, row, 'hint', context, false);
  const constraintMessage = textOf(sheet, row, 'constraint_message', context, false);
  const relevant = conditionCell(sheet, row, 'relevant', context);
  const required = word === 'note' ? undefined : readRequired(sheet, row, context);
  const hxl = plain(row, 'hxl')?.text;
  const base = {
    name,
    label: label ?? { en: '' },
    ...(hint ? { hint } : {}),
    ...(required !== undefined ? { required } : {}),
    ...(relevant ? { relevant } : {}),
    ...(hxl ? { hxl } : {}),
  };
  const typed = typedPart(word, argument, row, lists, context, sheet);
  if (!typed) return null;
  const constraint = readConstraint(sheet, row, typed.type, context);
  if (constraint === null) return null;
  const messageCell = row.cells.find((c) => c.column.header.column === 'constraint_message');
  if (messageCell && !constraint.constraint) {
    problem(
      messageCell.column.text,
      'message-without-constraint',
      'A constraint message goes with a constraint of the question’s own, beyond its limits',
      {},
    );
    return null;
  }
  const field = {
    ...base,
    ...typed,
    ...constraint,
    ...(constraintMessage ? { constraintMessage } : {}),
  } as FieldDefinition;
  const defaultValue = word === 'note' ? {} : readDefault(sheet, row, field, context);
  return defaultValue === null ? null : { ...field, ...defaultValue };
}

type TypedPart = { type: FieldDefinition['type'] } & Record<string, unknown>;

function typedPart(
  word: (typeof HELD_TYPES)[number],
  argument: string | undefined,
  row: SheetRow,
  lists: ReadonlyMap<string, ChoiceList>,
  context: ReadContext,
  sheet: ReadSheet,
): TypedPart | null {
  const problem = <C extends FormProblemCode>(code: C, message: string, params: FormProblemParams<C>) =>
    context.problems.push(problemAt(sheet, row, 'type', code, message, params));
  const takesArgument = word === 'select_one' || word === 'select_multiple' || word === 'admin1' || word === 'admin2';
  if (takesArgument !== (argument !== undefined)) {
    const secondWord =
      word === 'admin1' ? 'the country question' : word === 'admin2' ? 'the admin1 question' : 'its choice list';
    problem(
      'unknown-type',
      takesArgument ? `${word} needs a second word: ${secondWord}` : `The type ${word} takes no second word`,
      {
        type: word,
        reason: takesArgument ? 'needsArgument' : 'takesNoArgument',
        argument: !takesArgument ? '' : word === 'admin1' ? 'country' : word === 'admin2' ? 'admin1' : 'list',
      },
    );
    return null;
  }
  if (word === 'select_one' || word === 'select_multiple') {
    const list = lists.get(argument as string);
    if (!list) {
      problem('missing-choice-list', `The choices sheet has no list ${argument}`, { list: argument as string });
      return null;
    }
    return { type: word, choices: list.choices };
  }
  if (word === 'admin1' || word === 'admin2') {
    if (!context.fields.has(argument as string)) {
      problem('unknown-field', `${argument} names no question of this form`, { name: argument as string });
      return null;
    }
    return word === 'admin1' ? { type: word, countryField: argument } : { type: word, admin1Field: argument };
  }
  return { type: word };
}

const YES = ['yes', 'true'];
const NO = ['no', 'false'];

/**
 * Empty or no: not required; yes: required (the definition's default, left out); else a condition.
 * `true()` and `false()` are expressions like any other, so that a condition `{ expression: 'true()' }` reads back.
 */
function readRequired(sheet: ReadSheet, row: SheetRow, context: ReadContext): false | Condition | undefined | null {
  const text = plain(row, 'required')?.text;
  if (text === undefined || NO.includes(text.toLowerCase())) return false;
  if (YES.includes(text.toLowerCase())) return undefined;
  return conditionCell(sheet, row, 'required', context);
}
