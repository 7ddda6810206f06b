import { fieldAccepts } from '../../../../shared/forms/field-schema.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { plain, problemAt, type ReadSheet, type SheetRow } from './cells.ts';
import type { ReadContext } from './read-context.ts';

type Default = NonNullable<FieldDefinition['default']>;

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
/** A date typed into a spreadsheet is a date cell, which exceljs reads as midnight UTC. */
const DATE_CELL = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/;

/** The default cell as the answer it stands for: a number, values separated by spaces, true or false, a text. */
function typed(field: FieldDefinition, text: string): Default | undefined {
  switch (field.type) {
    case 'integer':
    case 'decimal':
      return NUMBER.test(text) ? Number(text) : undefined;
    case 'select_multiple':
      return text.split(/\s+/);
    case 'boolean':
      return { true: true, false: false }[text.toLowerCase()];
    case 'date':
      return DATE_CELL.exec(text)?.[1] ?? text;
    default:
      return text;
  }
}

/** The default column, as an answer the question accepts; anything else is a problem at the cell. */
export function readDefault(
  sheet: ReadSheet,
  row: SheetRow,
  field: FieldDefinition,
  context: ReadContext,
): { default?: Default } | null {
  const text = plain(row, 'default')?.text;
  if (text === undefined) return {};
  const value = typed(field, text);
  if (value !== undefined && fieldAccepts(field)(value)) return { default: value };
  context.problems.push(
    problemAt(
      sheet,
      row,
      'default',
      'invalid-default',
      `${text} is not an answer this ${field.type} question accepts`,
      {
        written: text,
        type: field.type,
      },
    ),
  );
  return null;
}

/** The default as the reader above reads it back. */
export function defaultCell(field: FieldDefinition): string | number {
  const value = field.default;
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'boolean' ? String(value) : (value as string | number);
}
