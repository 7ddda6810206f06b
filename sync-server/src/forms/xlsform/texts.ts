import type { Text } from '../../../../shared/i18n.ts';
import type { ReadSheet, SheetColumn, SheetRow } from './cells.ts';
import type { FormProblemCode } from '../../../../shared/form-problems.ts';
import { languageHeader, type LanguageColumn } from './layout.ts';
import type { ReadContext } from './read-context.ts';

/** The language a language column holds: its `(code)`, or the default language for a bare `label`. */
function columnLanguage(column: SheetColumn, defaultLanguage: string | undefined): string | undefined {
  if (column.header.kind === 'language') return column.header.language;
  if (column.header.kind === 'default-language') return defaultLanguage;
  return undefined;
}

const isColumn = (column: SheetColumn, name: LanguageColumn) =>
  column.header.kind !== 'plain' && column.header.column === name;

/** Problems with a sheet's language headers: a language the settings do not declare, a bare column without a default. */
export function languageHeaderProblems(sheet: ReadSheet, name: LanguageColumn, context: ReadContext): void {
  for (const column of sheet.columns.filter((c) => isColumn(c, name))) {
    const language = columnLanguage(column, context.defaultLanguage);
    const at = { sheet: sheet.name, row: 1, column: column.text, cell: `${column.letter}1` };
    if (column.header.kind === 'default-language' && !language) {
      context.problems.push({
        ...at,
        code: 'language-without-code',
        params: { written: column.text, example: `${column.text}::English (en)` },
        message: `${column.text} has no language and the settings name no default_language`,
      });
    } else if (language && !context.languages.includes(language)) {
      context.problems.push({
        ...at,
        code: 'undeclared-language',
        params: { written: column.text },
        message: `${column.text} is in a language the settings do not declare (a form_title:: column declares one)`,
      });
    }
  }
}

/** The problem of a text missing in a declared language, by its column. */
const MISSING_TEXT: Record<LanguageColumn, FormProblemCode> = {
  label: 'missing-label',
  hint: 'missing-hint',
  constraint_message: 'missing-constraint-message',
  form_title: 'missing-form-title',
  message: 'missing-message',
};

/**
 * A row's text in every declared language. Absent everywhere is undefined when the text is optional;
 * otherwise each declared language without it is a problem at that language's column.
 */
export function textOf(
  sheet: ReadSheet,
  row: SheetRow,
  name: LanguageColumn,
  context: ReadContext,
  required: boolean,
): Text | undefined {
  const found: Record<string, string> = {};
  for (const cell of row.cells) {
    const language = isColumn(cell.column, name) ? columnLanguage(cell.column, context.defaultLanguage) : undefined;
    if (language && context.languages.includes(language)) found[language] = cell.text;
  }
  if (!required && Object.keys(found).length === 0) return undefined;
  for (const language of context.languages) {
    if (found[language] !== undefined) continue;
    const column = sheet.columns.find(
      (c) => isColumn(c, name) && columnLanguage(c, context.defaultLanguage) === language,
    );
    context.problems.push({
      sheet: sheet.name,
      row: row.number,
      column: column?.text ?? languageHeader(name, language),
      ...(column ? { cell: `${column.letter}${row.number}` } : {}),
      code: MISSING_TEXT[name],
      params: { language },
      message: `No ${name} in ${language}, a language the settings declare`,
    });
  }
  return { ...found, en: found.en ?? '' };
}
