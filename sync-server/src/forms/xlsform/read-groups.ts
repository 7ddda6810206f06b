import type { FormProblemCode, FormProblemParams } from '../../../../shared/form-problems.ts';
import type { GroupDefinition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import { conditionCell } from './expression-cells.ts';
import { GROUP_COLUMNS } from './layout.ts';
import type { ReadContext } from './read-context.ts';
import { textOf } from './texts.ts';

interface OpenGroup {
  name: string;
  row: SheetRow;
  questions: number;
}

export interface GroupsRead {
  /** In sheet order: a group before the groups inside it. */
  groups: GroupDefinition[];
  /** The begin_group row of each group, for problems found later. */
  rows: number[];
}

/** The columns a row fills beyond those it may: a group has no answer, an end_group row no label either. */
function columnsNotHeld(
  sheet: ReadSheet,
  row: SheetRow,
  allowed: readonly string[],
  holder: 'group' | 'endGroup',
  context: ReadContext,
) {
  const what = holder === 'group' ? 'A group' : 'An end_group row';
  for (const cell of row.cells) {
    const header = cell.column.header;
    if (!allowed.includes(header.column))
      context.problems.push(
        problemAt(sheet, row, cell.column.text, 'column-not-held', `${what} has no ${header.column}`, {
          column: header.column,
          holder,
          check: '',
        }),
      );
  }
}

/**
 * Reads begin_group … end_group rows as the survey is read, row by row: which group a question is in,
 * and every group with its label and relevance. Unbalanced rows and a group without a question are
 * problems at their row.
 */
export function groupReader(sheet: ReadSheet, context: ReadContext) {
  const read: GroupsRead = { groups: [], rows: [] };
  const open: OpenGroup[] = [];
  const problem = <C extends FormProblemCode>(
    row: SheetRow,
    column: string,
    code: C,
    message: string,
    params: FormProblemParams<C>,
  ) => context.problems.push(problemAt(sheet, row, column, code, message, params));

  return {
    read,

    begin(row: SheetRow): void {
      columnsNotHeld(sheet, row, [...GROUP_COLUMNS, 'label'], 'group', context);
      const name = plain(row, 'name')?.text ?? '';
      if (!name) problem(row, 'name', 'missing-name', 'A group needs a name', { of: 'group' });
      const label = textOf(sheet, row, 'label', context, true);
      const relevant = conditionCell(sheet, row, 'relevant', context);
      const outer = open.at(-1)?.name;
      open.push({ name, row, questions: 0 });
      if (!name || !label || relevant === null) return;
      read.groups.push({ name, label, ...(relevant ? { relevant } : {}), ...(outer ? { group: outer } : {}) });
      read.rows.push(row.number);
    },

    end(row: SheetRow): void {
      columnsNotHeld(sheet, row, ['type', 'name'], 'endGroup', context);
      const closed = open.pop();
      if (!closed) {
        problem(row, 'type', 'end-without-begin', 'An end_group with no begin_group open above it', {});
        return;
      }
      const name = plain(row, 'name')?.text;
      if (name !== undefined && name !== closed.name)
        problem(
          row,
          'name',
          'unbalanced-group',
          `This end_group closes ${name}, but ${closed.name} is the group open`,
          {
            name,
            open: closed.name,
          },
        );
      if (closed.questions === 0)
        problem(closed.row, 'type', 'empty-group', `The group ${closed.name} holds no question`, { name: closed.name });
    },

    /** The innermost group a question on this row is in; it counts for every group open. */
    enclose(): string | undefined {
      for (const group of open) group.questions += 1;
      return open.at(-1)?.name;
    },

    finish(): GroupsRead {
      for (const group of open)
        problem(group.row, 'type', 'unclosed-group', `The group ${group.name} has no end_group below it`, {
          name: group.name,
        });
      return read;
    },
  };
}
