import type { Cell, Worksheet } from 'exceljs';
import { parseHeader, type Header } from './layout.ts';
import type { FormProblemCode, FormProblemParams } from '../../../../shared/form-problems.ts';
import type { XlsformProblem } from './problems.ts';

export interface SheetColumn {
  text: string;
  header: Header;
  letter: string;
  index: number;
}

interface SheetCell {
  text: string;
  column: SheetColumn;
  ref: string;
}

export interface SheetRow {
  number: number;
  cells: SheetCell[];
}

export interface ReadSheet {
  name: string;
  columns: SheetColumn[];
  /** Rows with at least one value, in order. */
  rows: SheetRow[];
}

/** The text a person sees in a cell: rich text joined, a formula's result, a number as written. */
function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return value.result === undefined ? '' : String(value.result).trim();
  if ('text' in value) return String(value.text).trim();
  return cell.text.trim();
}

export function readSheet(worksheet: Worksheet): ReadSheet {
  const columns: SheetColumn[] = [];
  worksheet.getRow(1).eachCell((cell, index) => {
    const text = cellText(cell);
    if (text) columns.push({ text, header: parseHeader(text), letter: cell.address.replace(/\d+$/, ''), index });
  });
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = columns
      .map((column) => ({ column, cell: row.getCell(column.index) }))
      .map(({ column, cell }) => ({ text: cellText(cell), column, ref: `${column.letter}${number}` }))
      .filter((cell) => cell.text !== '');
    if (cells.length) rows.push({ number, cells });
  });
  return { name: worksheet.name, columns, rows };
}

/** A row's value in a plain column, or '' when empty. */
export const plain = (row: SheetRow, column: string) =>
  row.cells.find((c) => c.column.header.kind === 'plain' && c.column.header.column === column);

/** A problem located at a cell; without the cell's column in the sheet, at the row. */
export function problemAt<C extends FormProblemCode>(
  sheet: ReadSheet,
  row: SheetRow,
  column: string,
  code: C,
  message: string,
  params: FormProblemParams<C>,
): XlsformProblem {
  const found = sheet.columns.find(
    (c) => c.text === column || (c.header.kind === 'plain' && c.header.column === column),
  );
  return {
    sheet: sheet.name,
    row: row.number,
    column,
    ...(found ? { cell: `${found.letter}${row.number}` } : {}),
    code,
    params,
    message,
  };
}

/** A column whose values nothing reads: named in an error, never dropped. */
export function unknownColumns(
  sheet: ReadSheet,
  known: readonly string[],
  languageColumns: readonly string[],
): XlsformProblem[] {
  const problems: XlsformProblem[] = [];
  for (const column of sheet.columns) {
    const header = column.header;
    const isKnown = header.kind === 'plain' ? known.includes(header.column) : languageColumns.includes(header.column);
    const used = sheet.rows.find((row) => row.cells.some((c) => c.column === column));
    if (!isKnown && used) {
      problems.push({
        sheet: sheet.name,
        row: used.number,
        column: column.text,
        cell: `${column.letter}${used.number}`,
        code: 'unknown-column',
        params: { column: column.text },
        message: `The column ${column.text} is not part of the XLSForm subset this server reads`,
      });
    }
    if (header.kind === 'bad-language') {
      problems.push({
        sheet: sheet.name,
        row: 1,
        column: column.text,
        cell: `${column.letter}1`,
        code: 'language-without-code',
        params: { written: column.text, example: `${header.column}::English (en)` },
        message: `Name the language with its code: ${header.column}::English (en)`,
      });
    }
  }
  return problems;
}
