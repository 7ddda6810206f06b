/** The sheets and columns of the XLSForm subset this project reads and writes (docs/forms.md). */
export const SHEET = { survey: 'survey', choices: 'choices', settings: 'settings', rules: 'rules' } as const;

/** Columns holding one text per language, written `label::English (en)`. */
const LANGUAGE_COLUMNS = ['label', 'hint', 'constraint_message', 'form_title', 'message'] as const;
export type LanguageColumn = (typeof LANGUAGE_COLUMNS)[number];
export const isLanguageColumn = (column: string): column is LanguageColumn =>
  (LANGUAGE_COLUMNS as readonly string[]).includes(column);

export const SURVEY_COLUMNS = ['type', 'name', 'required', 'relevant', 'constraint', 'default', 'hxl'] as const;
export const CHOICES_COLUMNS = ['list_name', 'name'] as const;
export const SETTINGS_COLUMNS = ['form_id', 'version', 'default_language', 'time_field'] as const;
/** Our own sheet: a cross-question rule per row, its check spelled out column by column. */
export const RULES_COLUMNS = [
  'code',
  'severity',
  'when',
  'check',
  'fields',
  'limit_fields',
  'other_field',
  'value',
  'min',
  'max',
  'minutes',
  'days',
] as const;

/** The language columns each sheet may have. */
export const SHEET_LANGUAGE_COLUMNS: Record<string, readonly LanguageColumn[]> = {
  [SHEET.survey]: ['label', 'hint', 'constraint_message'],
  [SHEET.choices]: ['label'],
  [SHEET.settings]: ['form_title'],
  [SHEET.rules]: ['message'],
};

/** Question types the definition format holds. */
export const HELD_TYPES = [
  'integer',
  'decimal',
  'text',
  'datetime',
  'date',
  'note',
  'boolean',
  'fmp',
  'country',
  'select_one',
  'select_multiple',
  'admin1',
  'admin2',
] as const;
/** The rows around a group's questions, in XLSForm's two spellings; the writer uses the first. */
export const BEGIN_GROUP = ['begin_group', 'begin group'] as const;
export const END_GROUP = ['end_group', 'end group'] as const;
/** The columns a begin_group row may fill (besides its labels); an end_group row fills type and name only. */
export const GROUP_COLUMNS = ['type', 'name', 'relevant'] as const;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `label::English (en)`: the header of a language column. */
export const languageHeader = (column: LanguageColumn, language: string) =>
  `${column}::${languageNames.of(language) ?? language} (${language})`;

export type Header =
  | { kind: 'plain'; column: string }
  | { kind: 'language'; column: LanguageColumn; language: string }
  /** A language column without `(code)`: its language is the settings' default_language. */
  | { kind: 'default-language'; column: LanguageColumn }
  | { kind: 'bad-language'; column: LanguageColumn };

/** Reads a header cell: `label::French (fr)`, `label`, `relevant`. */
export function parseHeader(text: string): Header {
  const [column = '', language] = text.split('::', 2).map((part) => part.trim());
  if (!isLanguageColumn(column)) return { kind: 'plain', column: text.trim() };
  if (language === undefined) return { kind: 'default-language', column };
  const code = /\(([a-z]{2,3})\)$/.exec(language)?.[1];
  return code ? { kind: 'language', column, language: code } : { kind: 'bad-language', column };
}

/** `English (en)` → `en`; a bare code is taken as it is. */
export function languageOf(defaultLanguage: string): string | undefined {
  const text = defaultLanguage.trim();
  return /^[a-z]{2,3}$/.test(text) ? text : /\(([a-z]{2,3})\)$/.exec(text)?.[1];
}

export const languageName = (language: string) => `${languageNames.of(language) ?? language} (${language})`;
