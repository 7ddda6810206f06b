import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../../shared/forms/types.ts';
import { readWorkbook, readXlsform } from './read-xlsform.ts';
import { writeXlsform } from './write-xlsform.ts';

type Cell = string | number | boolean | Date | null;

/** A workbook as an officer writes one by hand, in XLSForm's other spellings: `begin group`, end_group without a name. */
function officerWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheets: Record<string, Cell[][]> = {
    survey: [
      ['type', 'name', 'label', 'required', 'relevant', 'constraint', 'constraint_message', 'default'],
      ['datetime', 'arrived', 'Arrived', 'yes', null, null, null, null],
      ['boolean', 'adult_present', 'Adult present', 'yes', null, null, null, true],
      ['begin group', 'children', 'Children', null, '${adult_present} = true()', null, null, null],
      ['integer', 'count', 'How many', 'yes', null, '. >= 0 and . <= 20 and . != 13', 'Not 13', 2],
      [
        'date',
        'youngest_born',
        'Youngest born',
        '${count} > 0',
        null,
        '. <= today()',
        'Not later than today',
        new Date(Date.UTC(2025, 5, 1)),
      ],
      ['decimal', 'muac', 'MUAC (cm)', 'no', 'count-selected(${needs}) > 1', '. >= 5 and . <= 30', null, null],
      ['end group', null, null, null, null, null, null, null],
      ['select_multiple needs', 'needs', 'Needs', 'yes', null, null, null, 'food water'],
      ['note', 'bye', 'Thank them', null, null, null, null, null],
    ],
    choices: [
      ['list_name', 'name', 'label'],
      ['needs', 'food', 'Food'],
      ['needs', 'water', 'Water'],
    ],
    settings: [
      ['form_id', 'version', 'default_language', 'time_field', 'form_title'],
      ['visit', 4, 'English (en)', 'arrived', 'Visit'],
    ],
  };
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return book;
}

const EXPECTED: FormDefinition = {
  id: 'visit',
  version: 4,
  title: { en: 'Visit' },
  timeField: 'arrived',
  fields: [
    { name: 'arrived', type: 'datetime', label: { en: 'Arrived' } },
    { name: 'adult_present', type: 'boolean', label: { en: 'Adult present' }, default: true },
    {
      name: 'count',
      type: 'integer',
      min: 0,
      max: 20,
      constraint: '. != 13',
      constraintMessage: { en: 'Not 13' },
      label: { en: 'How many' },
      default: 2,
      group: 'children',
    },
    {
      name: 'youngest_born',
      type: 'date',
      label: { en: 'Youngest born' },
      required: { expression: '${count} > 0' },
      constraint: '. <= today()',
      constraintMessage: { en: 'Not later than today' },
      default: '2025-06-01',
      group: 'children',
    },
    {
      name: 'muac',
      type: 'decimal',
      min: 5,
      max: 30,
      label: { en: 'MUAC (cm)' },
      required: false,
      relevant: { expression: 'count-selected(${needs}) > 1' },
      group: 'children',
    },
    {
      name: 'needs',
      type: 'select_multiple',
      label: { en: 'Needs' },
      choices: [
        { value: 'food', label: { en: 'Food' } },
        { value: 'water', label: { en: 'Water' } },
      ],
      default: ['food', 'water'],
    },
    { name: 'bye', type: 'note', label: { en: 'Thank them' } },
  ],
  groups: [{ name: 'children', label: { en: 'Children' }, relevant: { field: 'adult_present', equals: true } }],
  rules: [],
};

describe('an XLSForm written by hand with groups, expressions, constraints and defaults', () => {
  it('is read into the definition it says', () => {
    expect(readWorkbook(officerWorkbook())).toEqual({ ok: true, definition: EXPECTED });
  });

  it('downloads as a workbook that reads back the same', async () => {
    const back = await readXlsform(await writeXlsform(EXPECTED));
    expect(back).toEqual({ ok: true, definition: EXPECTED });
  });
});
