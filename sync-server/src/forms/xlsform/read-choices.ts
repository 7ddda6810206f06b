import type { Choice } from '../../../../shared/forms/types.ts';
import { plain, problemAt, unknownColumns, type ReadSheet } from './cells.ts';
import { CHOICES_COLUMNS, SHEET, SHEET_LANGUAGE_COLUMNS } from './layout.ts';
import type { ReadContext } from './read-context.ts';
import { languageHeaderProblems, textOf } from './texts.ts';

export interface ChoiceList {
  /** The row of its first choice: where an unused list is reported. */
  row: number;
  choices: Choice[];
  /** The spreadsheet row of each choice, for problems found later. */
  rows: number[];
}

/** The choices sheet as lists by name; a duplicate name within a list is a problem at its second row. */
export function readChoices(sheet: ReadSheet | undefined, context: ReadContext): Map<string, ChoiceList> {
  const lists = new Map<string, ChoiceList>();
  if (!sheet) return lists;
  context.problems.push(...unknownColumns(sheet, CHOICES_COLUMNS, SHEET_LANGUAGE_COLUMNS[SHEET.choices] ?? []));
  languageHeaderProblems(sheet, 'label', context);
  for (const row of sheet.rows) {
    const listName = plain(row, 'list_name')?.text;
    const value = plain(row, 'name')?.text;
    if (!listName)
      context.problems.push(
        problemAt(sheet, row, 'list_name', 'missing-list-name', 'A choice needs its list_name', {}),
      );
    if (!value)
      context.problems.push(
        problemAt(sheet, row, 'name', 'missing-name', 'A choice needs a name: the value stored', { of: 'choice' }),
      );
    const label = textOf(sheet, row, 'label', context, true);
    if (!listName || !value || !label) continue;
    const list = lists.get(listName) ?? { row: row.number, choices: [], rows: [] };
    if (list.choices.some((c) => c.value === value)) {
      context.problems.push(
        problemAt(sheet, row, 'name', 'duplicate-choice', `A second choice ${value} in the list ${listName}`, {
          value,
          list: listName,
        }),
      );
    }
    list.choices.push({ value, label });
    list.rows.push(row.number);
    lists.set(listName, list);
  }
  return lists;
}
