import type { Workbook } from 'exceljs';
import { checkDefinition, type DefinitionError } from '../../../../shared/forms/definition-schema.ts';
import type { FormDefinition } from '../../../../shared/forms/types.ts';
import { loadExcelJS } from '../../spreadsheets/load-exceljs.ts';
import { problemAt, readSheet, type ReadSheet } from './cells.ts';
import { languageHeader, SHEET, type LanguageColumn } from './layout.ts';
import type { XlsformProblem } from './problems.ts';
import { readChoices, type ChoiceList } from './read-choices.ts';
import type { ReadContext } from './read-context.ts';
import { readRules, type RulesRead } from './read-rules.ts';
import { readSettings } from './read-settings.ts';
import { readSurvey, surveyNames, type SurveyRead } from './read-survey.ts';

type XlsformRead = { ok: true; definition: FormDefinition } | { ok: false; problems: XlsformProblem[] };

/** Reads an uploaded .xlsx XLSForm into a form definition, or every problem found, each where it is. */
export async function readXlsform(bytes: ArrayBuffer | Uint8Array): Promise<XlsformRead> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [{ sheet: '', code: 'not-xlsx', params: {}, message: 'This file is not an .xlsx workbook' }],
    };
  }
  return readWorkbook(workbook);
}

export function readWorkbook(workbook: Workbook): XlsformRead {
  const sheet = (name: string): ReadSheet | undefined => {
    const found = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === name);
    return found && readSheet(found);
  };
  const [survey, choices, settingsSheet, rulesSheet] = [
    sheet(SHEET.survey),
    sheet(SHEET.choices),
    sheet(SHEET.settings),
    sheet(SHEET.rules),
  ];
  const problems: XlsformProblem[] = [];
  for (const [name, found] of [
    [SHEET.survey, survey],
    [SHEET.settings, settingsSheet],
  ] as const) {
    if (!found)
      problems.push({
        sheet: name,
        code: 'missing-sheet',
        params: { sheet: name },
        message: `The workbook has no ${name} sheet`,
      });
  }
  if (!survey || !settingsSheet) return { ok: false, problems };

  const settings = readSettings(settingsSheet, problems);
  const context: ReadContext = {
    problems,
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    fields: surveyNames(survey),
  };
  const lists = readChoices(choices, context);
  const read = readSurvey(survey, lists, context);
  const rules = readRules(rulesSheet, context);
  problems.push(...unusedLists(lists, read, choices));
  if (problems.length) return { ok: false, problems };

  const definition = {
    id: settings.id,
    version: settings.version,
    title: settings.title,
    timeField: settings.timeField,
    fields: read.fields,
    ...(read.groups.groups.length ? { groups: read.groups.groups } : {}),
    rules: rules.rules,
  };
  const checked = checkDefinition(definition);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.errors.map((error) => locate(error, read, rules, lists)) };
}

function unusedLists(
  lists: ReadonlyMap<string, ChoiceList>,
  read: SurveyRead,
  sheet: ReadSheet | undefined,
): XlsformProblem[] {
  return sheet
    ? [...lists]
        .filter(([name]) => !read.listsNamed.has(name))
        .map(([name, list]) =>
          problemAt(
            sheet,
            { number: list.row, cells: [] },
            'list_name',
            'unused-choice-list',
            `No question uses the list ${name}`,
            { list: name },
          ),
        )
    : [];
}

/** The survey, choices or rules column a definition path points into. */
const COLUMN_OF: Record<string, string> = {
  name: 'name',
  type: 'type',
  required: 'required',
  relevant: 'relevant',
  hxl: 'hxl',
  constraint: 'constraint',
  default: 'default',
  group: 'type',
  min: 'constraint',
  max: 'constraint',
  maxLength: 'constraint',
  countryField: 'type',
  admin1Field: 'type',
  code: 'code',
  severity: 'severity',
  when: 'when',
  timeField: 'time_field',
  id: 'form_id',
  version: 'version',
};
/** The language columns of a question's texts. */
const TEXT_COLUMN_OF: Record<string, LanguageColumn> = {
  label: 'label',
  hint: 'hint',
  constraintMessage: 'constraint_message',
};
const CHECK_COLUMN_OF: Record<string, string> = {
  kind: 'check',
  fields: 'fields',
  field: 'fields',
  limitFields: 'limit_fields',
  otherField: 'other_field',
  value: 'value',
  min: 'min',
  max: 'max',
  toleranceMinutes: 'minutes',
  days: 'days',
};
const languageColumn = (column: LanguageColumn, language: string | undefined) =>
  language ? languageHeader(column, language) : column;

/** Where a problem the definition schema found stands in the workbook. */
function locate(
  error: DefinitionError,
  read: SurveyRead,
  rules: RulesRead,
  lists: ReadonlyMap<string, ChoiceList>,
): XlsformProblem {
  const [top, index, key, ...rest] = error.path.split('.');
  const at = {
    code: 'invalid-definition',
    params: { where: error.path, detail: error.message },
    message: error.message,
  } as const;
  if (top === 'fields') {
    const i = Number(index);
    if (key === 'choices') {
      const list = lists.get(read.lists[i] ?? '');
      const row = list?.rows[Number(rest[0])];
      return {
        sheet: SHEET.choices,
        ...(row ? { row } : {}),
        column: rest[1] === 'label' ? languageColumn('label', rest[2]) : 'name',
        ...at,
      };
    }
    const column = TEXT_COLUMN_OF[key ?? '']
      ? languageColumn(TEXT_COLUMN_OF[key ?? ''] as LanguageColumn, rest[0])
      : (COLUMN_OF[key ?? ''] ?? 'type');
    return { sheet: SHEET.survey, ...(read.rows[i] ? { row: read.rows[i] } : {}), column, ...at };
  }
  if (top === 'groups') {
    const row = read.groups.rows[Number(index)];
    const column =
      key === 'label'
        ? languageColumn('label', rest[0])
        : key === 'relevant'
          ? 'relevant'
          : key === 'name'
            ? 'name'
            : 'type';
    return { sheet: SHEET.survey, ...(row ? { row } : {}), column, ...at };
  }
  if (top === 'rules') {
    const row = rules.rows[Number(index)];
    const column =
      key === 'message'
        ? languageColumn('message', rest[0])
        : key === 'check'
          ? (CHECK_COLUMN_OF[rest[0] ?? 'kind'] ?? 'check')
          : (COLUMN_OF[key ?? ''] ?? 'code');
    return { sheet: SHEET.rules, ...(row ? { row } : {}), column, ...at };
  }
  const column = top === 'title' ? languageColumn('form_title', index) : (COLUMN_OF[top ?? ''] ?? 'form_id');
  return { sheet: SHEET.settings, row: 2, column, ...at };
}
