import type { Text } from '../../../../shared/i18n.ts';
import { plain, problemAt, unknownColumns, type ReadSheet } from './cells.ts';
import { languageOf, SETTINGS_COLUMNS, SHEET, SHEET_LANGUAGE_COLUMNS } from './layout.ts';
import type { XlsformProblem } from './problems.ts';

interface Settings {
  id: string;
  version: number;
  timeField: string;
  title: Text;
  /** The languages the form_title columns declare, English first. */
  languages: string[];
  defaultLanguage: string | undefined;
}

/** The settings sheet: its first row under the header holds the values. */
export function readSettings(sheet: ReadSheet, problems: XlsformProblem[]): Settings {
  problems.push(...unknownColumns(sheet, SETTINGS_COLUMNS, SHEET_LANGUAGE_COLUMNS[SHEET.settings] ?? []));
  const row = sheet.rows[0] ?? { number: 2, cells: [] };
  const need = (column: string) => {
    const text = plain(row, column)?.text ?? '';
    if (!text)
      problems.push(problemAt(sheet, row, column, 'missing-setting', `The settings sheet needs ${column}`, { column }));
    return text;
  };
  const id = need('form_id');
  const versionText = need('version');
  const version = Number(versionText);
  if (versionText && !(Number.isSafeInteger(version) && version > 0)) {
    problems.push(
      problemAt(sheet, row, 'version', 'invalid-version', `The version is a whole number from 1, not ${versionText}`, {
        written: versionText,
      }),
    );
  }
  const timeField = need('time_field');

  const defaultText = plain(row, 'default_language')?.text;
  const defaultLanguage = defaultText === undefined ? undefined : languageOf(defaultText);
  if (defaultText !== undefined && !defaultLanguage) {
    problems.push(
      problemAt(
        sheet,
        row,
        'default_language',
        'language-without-code',
        `Write the default language with its code: English (en), not ${defaultText}`,
        { written: defaultText, example: 'English (en)' },
      ),
    );
  }

  const title: Record<string, string> = {};
  for (const cell of row.cells) {
    const header = cell.column.header;
    const language =
      header.kind === 'language' ? header.language : header.kind === 'default-language' ? defaultLanguage : undefined;
    if (header.kind !== 'plain' && header.column === 'form_title' && language) title[language] = cell.text;
  }
  const languages = ['en', ...Object.keys(title).filter((l) => l !== 'en')];
  if (!title.en)
    problems.push(
      problemAt(
        sheet,
        row,
        'form_title::English (en)',
        'missing-form-title',
        'The form needs a title in English: form_title::English (en)',
        { language: 'en' },
      ),
    );
  if (defaultLanguage && !languages.includes(defaultLanguage)) {
    problems.push(
      problemAt(sheet, row, 'default_language', 'undeclared-language', `${defaultText} has no form_title column`, {
        written: defaultText ?? defaultLanguage,
      }),
    );
  }
  return { id, version, timeField, title: { ...title, en: title.en ?? '' }, languages, defaultLanguage };
}
