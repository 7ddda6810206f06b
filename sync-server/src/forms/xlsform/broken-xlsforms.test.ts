import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FORM_PROBLEM_PARAMS } from '../../../../shared/form-problems.ts';
import type { XlsformProblem } from './problems.ts';
import { readWorkbook, readXlsform } from './read-xlsform.ts';

type Rows = (string | number | null)[][];
type Sheets = Record<string, Rows>;

/** A small screening form in English and French: each case below breaks one thing of it. */
const base = (): Sheets => ({
  survey: [
    ['type', 'name', 'label::English (en)', 'label::French (fr)', 'required', 'relevant', 'constraint'],
    ['fmp', 'fmp', 'Point of entry', 'Point d’entrée', 'yes', null, null],
    ['datetime', 'shift_start', 'Shift start', 'Début du service', 'yes', null, null],
    ['select_one shift', 'shift', 'Shift', 'Service', 'yes', null, null],
    [
      'integer',
      'screened',
      'People screened',
      'Personnes dépistées',
      'yes',
      "${shift} = 'night'",
      '. >= 0 and . <= 9999',
    ],
  ],
  choices: [
    ['list_name', 'name', 'label::English (en)', 'label::French (fr)'],
    ['shift', 'morning', 'Morning', 'Matin'],
    ['shift', 'night', 'Night', 'Nuit'],
  ],
  settings: [
    ['form_id', 'version', 'default_language', 'time_field', 'form_title::English (en)', 'form_title::French (fr)'],
    ['screening', 2, 'English (en)', 'shift_start', 'Health screening', 'Dépistage sanitaire'],
  ],
});

function workbook(sheets: Sheets): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return book;
}

function broken(change: (sheets: Sheets) => void): ExcelJS.Workbook {
  const sheets = base();
  change(sheets);
  return workbook(sheets);
}

const set = (rows: Rows | undefined, row: number, column: number, value: string | null) => {
  (rows?.[row - 1] as (string | number | null)[])[column] = value;
};
/** A column at the right of the sheet, with values on some rows (by spreadsheet row number). */
const addColumn = (rows: Rows | undefined, header: string, values: Record<number, string | number>) => {
  const width = rows?.[0]?.length ?? 0;
  rows?.forEach((row, i) => {
    while (row.length < width) row.push(null);
    row.push(i === 0 ? header : (values[i + 1] ?? null));
  });
};
const located = (problems: XlsformProblem[]) =>
  problems.map(({ message: _message, params: _params, ...where }) => where);
/** Each problem's param names, beside the names its code's catalog entry takes. */
const paramNames = (problems: XlsformProblem[]) =>
  problems.map((p) => [Object.keys(p.params).sort(), [...FORM_PROBLEM_PARAMS[p.code]].sort()]);
const problemsOf = (book: ExcelJS.Workbook) => {
  const read = readWorkbook(book);
  return read.ok ? [] : read.problems;
};

describe('reading a broken XLSForm', () => {
  it('reads the unbroken form', () => {
    const read = readWorkbook(workbook(base()));
    expect(read.ok).toBe(true);
  });

  it.each<[string, ExcelJS.Workbook, Partial<XlsformProblem>[]]>([
    ['no survey sheet', broken((s) => delete s.survey), [{ sheet: 'survey', code: 'missing-sheet' }]],
    [
      'two questions with one name',
      broken((s) => s.survey?.push(['integer', 'screened', 'Again', 'Encore', 'yes', null, '. >= 0 and . <= 10'])),
      [{ sheet: 'survey', row: 6, column: 'name', cell: 'B6', code: 'duplicate-name' }],
    ],
    [
      'an unknown type',
      broken((s) => set(s.survey, 5, 0, 'geopoint')),
      [{ sheet: 'survey', row: 5, column: 'type', cell: 'A5', code: 'unknown-type' }],
    ],
    [
      'an expression calling an unknown function',
      broken((s) => set(s.survey, 5, 5, "coalesce(${shift}, 'day') = 'night'")),
      [{ sheet: 'survey', row: 5, column: 'relevant', cell: 'F5', code: 'unknown-function' }],
    ],
    [
      'a ${x} naming no question',
      broken((s) => set(s.survey, 5, 5, "${shfit} = 'night'")),
      [{ sheet: 'survey', row: 5, column: 'relevant', cell: 'F5', code: 'unknown-field' }],
    ],
    [
      'a choice list missing',
      broken((s) => delete s.choices),
      [{ sheet: 'survey', row: 4, column: 'type', cell: 'A4', code: 'missing-choice-list' }],
    ],
    [
      'a label missing in a language the settings declare',
      broken((s) => set(s.survey, 5, 3, null)),
      [{ sheet: 'survey', row: 5, column: 'label::French (fr)', cell: 'D5', code: 'missing-label' }],
    ],
    [
      'a choice label missing in a declared language',
      broken((s) => set(s.choices, 3, 3, null)),
      [{ sheet: 'choices', row: 3, column: 'label::French (fr)', cell: 'D3', code: 'missing-label' }],
    ],
    [
      'a label column in a language the settings do not declare',
      broken((s) => {
        s.survey?.forEach((row, i) => row.push(i === 0 ? 'label::Swahili (sw)' : 'x'));
      }),
      [{ sheet: 'survey', row: 1, column: 'label::Swahili (sw)', cell: 'H1', code: 'undeclared-language' }],
    ],
    [
      'a begin_group without its end_group',
      broken((s) => s.survey?.splice(2, 0, ['begin_group', 'shift_group', 'The shift', 'Le service'])),
      [{ sheet: 'survey', row: 3, column: 'type', cell: 'A3', code: 'unclosed-group' }],
    ],
    [
      'an end_group with no group open',
      broken((s) => s.survey?.splice(2, 0, ['end_group'])),
      [{ sheet: 'survey', row: 3, column: 'type', cell: 'A3', code: 'end-without-begin' }],
    ],
    [
      'an end_group closing another group than the one open',
      broken((s) => {
        s.survey?.splice(3, 0, ['begin_group', 'outer', 'Outer', 'Extérieur'], ['begin_group', 'inner', 'In', 'Dans']);
        s.survey?.push(['end_group', 'outer'], ['end_group', 'inner']);
      }),
      [
        { sheet: 'survey', row: 8, column: 'name', cell: 'B8', code: 'unbalanced-group' },
        { sheet: 'survey', row: 9, column: 'name', cell: 'B9', code: 'unbalanced-group' },
      ],
    ],
    [
      'a group holding no question',
      broken((s) => s.survey?.push(['begin_group', 'later', 'Later', 'Plus tard'], ['end_group'])),
      [{ sheet: 'survey', row: 6, column: 'type', cell: 'A6', code: 'empty-group' }],
    ],
    [
      'a group with a column only a question has',
      broken((s) => {
        s.survey?.splice(1, 0, ['begin_group', 'all', 'All', 'Tout', 'yes']);
        s.survey?.push(['end_group']);
      }),
      [{ sheet: 'survey', row: 2, column: 'required', cell: 'E2', code: 'column-not-held' }],
    ],
    [
      'a group label with another placeholder than the English one',
      broken((s) => {
        s.survey?.splice(4, 0, ['begin_group', 'counts', 'Counts', 'Comptes {country}']);
        s.survey?.push(['end_group', 'counts']);
      }),
      [{ sheet: 'survey', row: 5, column: 'label::French (fr)', code: 'invalid-definition' }],
    ],
    [
      'a note with an answer’s column',
      broken((s) => s.survey?.push(['note', 'thanks', 'Thank you', 'Merci', 'yes'])),
      [{ sheet: 'survey', row: 6, column: 'required', cell: 'E6', code: 'column-not-held' }],
    ],
    [
      '. in a relevant, where there is no answer of its own',
      broken((s) => set(s.survey, 5, 5, '. > 0')),
      [{ sheet: 'survey', row: 5, column: 'relevant', cell: 'F5', code: 'self-outside-constraint' }],
    ],
    [
      'an integer’s constraint that does not start with its range',
      broken((s) => set(s.survey, 5, 6, '. >= 0 and . < 100')),
      [{ sheet: 'survey', row: 5, column: 'constraint', cell: 'G5', code: 'missing-limits' }],
    ],
    [
      'an integer’s range joined to more with or',
      broken((s) => set(s.survey, 5, 6, '. >= 0 and . <= 99 or . = 200')),
      [{ sheet: 'survey', row: 5, column: 'constraint', cell: 'G5', code: 'missing-limits' }],
    ],
    [
      'a constraint calling an unknown function',
      broken((s) => set(s.survey, 5, 6, '. >= 0 and . <= 9999 and regex(., 2)')),
      [{ sheet: 'survey', row: 5, column: 'constraint', cell: 'G5', code: 'unknown-function' }],
    ],
    [
      'a default the question does not accept',
      broken((s) => addColumn(s.survey, 'default', { 5: 'many' })),
      [{ sheet: 'survey', row: 5, column: 'default', cell: 'H5', code: 'invalid-default' }],
    ],
    [
      'a default outside the question’s range',
      broken((s) => addColumn(s.survey, 'default', { 5: 10_000 })),
      [{ sheet: 'survey', row: 5, column: 'default', cell: 'H5', code: 'invalid-default' }],
    ],
    [
      'a default choice not in the list',
      broken((s) => addColumn(s.survey, 'default', { 4: 'evening' })),
      [{ sheet: 'survey', row: 4, column: 'default', cell: 'H4', code: 'invalid-default' }],
    ],
    [
      'a constraint message without a constraint of the question’s own',
      broken((s) => {
        addColumn(s.survey, 'constraint_message::English (en)', { 5: 'Too many' });
        addColumn(s.survey, 'constraint_message::French (fr)', { 5: 'Trop' });
      }),
      [
        {
          sheet: 'survey',
          row: 5,
          column: 'constraint_message::English (en)',
          cell: 'H5',
          code: 'message-without-constraint',
        },
      ],
    ],
    [
      'a constraint message missing in a declared language',
      broken((s) => {
        set(s.survey, 5, 6, '. >= 0 and . <= 9999 and . != 13');
        addColumn(s.survey, 'constraint_message::English (en)', { 5: 'Not 13' });
      }),
      [
        {
          sheet: 'survey',
          row: 5,
          column: 'constraint_message::French (fr)',
          code: 'missing-constraint-message',
        },
      ],
    ],
    [
      'a syntax error in an expression',
      broken((s) => set(s.survey, 5, 5, "${shift} = 'night' and")),
      [{ sheet: 'survey', row: 5, column: 'relevant', cell: 'F5', code: 'unexpected-end' }],
    ],
    [
      'a column outside the subset',
      broken((s) => s.survey?.forEach((row, i) => row.push(i === 0 ? 'appearance' : i === 3 ? 'minimal' : null))),
      [{ sheet: 'survey', row: 4, column: 'appearance', cell: 'H4', code: 'unknown-column' }],
    ],
    [
      'a list no question uses',
      broken((s) => s.choices?.push(['colour', 'red', 'Red', 'Rouge'])),
      [{ sheet: 'choices', row: 4, column: 'list_name', cell: 'A4', code: 'unused-choice-list' }],
    ],
    [
      'settings without form_id',
      broken((s) => set(s.settings, 2, 0, null)),
      [{ sheet: 'settings', row: 2, column: 'form_id', cell: 'A2', code: 'missing-setting' }],
    ],
    [
      'a time field that is not a datetime',
      broken((s) => set(s.settings, 2, 3, 'shift')),
      [{ sheet: 'settings', row: 2, column: 'time_field', code: 'invalid-definition' }],
    ],
    [
      'a rule of an unknown check',
      broken((s) => {
        s.rules = [
          ['code', 'severity', 'check', 'fields', 'message::English (en)', 'message::French (fr)'],
          ['too-many', 'error', 'sum-below', 'screened', 'Too many', 'Trop'],
        ];
      }),
      [{ sheet: 'rules', row: 2, column: 'check', cell: 'C2', code: 'unknown-check' }],
    ],
    [
      'a rule with a column its check does not read',
      broken((s) => {
        s.rules = [
          ['code', 'severity', 'check', 'fields', 'min', 'max', 'message::English (en)', 'message::French (fr)'],
          ['too-many', 'error', 'sum-at-most', 'screened', 1, 500, 'Too many', 'Trop'],
        ];
      }),
      [{ sheet: 'rules', row: 2, column: 'min', cell: 'E2', code: 'column-not-held' }],
    ],
  ])('%s is one problem, where it is, with the params its code names', (_case, book, expected) => {
    const problems = problemsOf(book);
    expect(located(problems)).toEqual(expected);
    for (const [given, named] of paramNames(problems)) expect(given).toEqual(named);
  });

  it('names the unknown function and the unknown question in its message, with the position', () => {
    const problems = problemsOf(broken((s) => set(s.survey, 5, 5, 'coalesce(${shfit}) = 1')));
    expect(problems.map((p) => p.message)).toEqual([
      'Unknown function coalesce() at character 1 of coalesce(${shfit}) = 1',
      '${shfit} names no question of this form at character 10 of coalesce(${shfit}) = 1',
    ]);
    expect(problems.map((p) => p.params)).toEqual([
      { expression: 'coalesce(${shfit}) = 1', character: 1, near: 'coalesce' },
      { name: 'shfit' },
    ]);
  });

  it('gives an expression error the text at its character, a reference whole', () => {
    const nearOf = (relevant: string) =>
      problemsOf(broken((s) => set(s.survey, 5, 5, relevant))).map((p) => [p.code, p.params.near, p.params.character]);
    expect(nearOf("${shift} = 'night")).toEqual([['unterminated-string', "'", 12]]);
    expect(nearOf('${2 shift} = 1')).toEqual([['invalid-reference', '${2 shift}', 1]]);
    expect(nearOf('${shift} # 1')).toEqual([['unexpected-character', '#', 10]]);
    expect(nearOf('${shift} = = 1')).toEqual([['unexpected-token', '=', 12]]);
  });

  it('gives a function called with the wrong number of arguments the number it takes', () => {
    const problems = problemsOf(broken((s) => set(s.survey, 5, 5, "selected(${shift}) and ${shift} = 'night'")));
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      [
        'wrong-argument-count',
        { expression: "selected(${shift}) and ${shift} = 'night'", character: 1, near: 'selected', expected: 2 },
      ],
    ]);
  });

  it('names in its params what each problem of a badly broken workbook mentions', () => {
    const problems = problemsOf(
      broken((s) => {
        set(s.survey, 2, 0, 'select_one');
        set(s.survey, 3, 1, null);
        set(s.survey, 5, 3, null);
        set(s.survey, 5, 6, '. >= 0 or . <= 9999');
        set(s.settings, 2, 1, 'two');
        s.choices?.push(['shift', 'night', 'Night again', 'Nuit encore']);
      }),
    );
    expect(problems.map((p) => [p.code, p.params])).toEqual([
      ['invalid-version', { written: 'two' }],
      ['duplicate-choice', { value: 'night', list: 'shift' }],
      ['unknown-type', { type: 'select_one', reason: 'needsArgument', argument: 'list' }],
      ['missing-name', { of: 'question' }],
      ['missing-label', { language: 'fr' }],
      ['missing-limits', { type: 'integer', shape: '. >= min and . <= max', written: '. >= 0 or . <= 9999' }],
    ]);
    for (const [given, named] of paramNames(problems)) expect(given).toEqual(named);
  });

  it('lists every problem of a workbook at once', () => {
    const problems = problemsOf(
      broken((s) => {
        set(s.survey, 2, 0, 'geopoint');
        set(s.survey, 5, 3, null);
        set(s.survey, 5, 5, '${nobody} = 1');
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(['unknown-type', 'missing-label', 'unknown-field']);
  });

  it('says so when the file is not a workbook', async () => {
    expect(await readXlsform(new TextEncoder().encode('type,name\ninteger,age\n'))).toEqual({
      ok: false,
      problems: [{ sheet: '', code: 'not-xlsx', params: {}, message: 'This file is not an .xlsx workbook' }],
    });
  });
});
