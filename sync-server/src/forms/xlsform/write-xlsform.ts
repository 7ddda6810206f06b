import type { Workbook, Worksheet } from 'exceljs';
import { describeCondition } from '../../../../shared/forms/condition.ts';
import { literal } from '../../../../shared/forms/condition-expression.ts';
import { printExpression } from '../../../../shared/forms/expression/print.ts';
import type { Check, FieldDefinition, FormDefinition, Rule } from '../../../../shared/forms/types.ts';
import type { Text } from '../../../../shared/i18n.ts';
import { questionTree, type QuestionNode } from '../../../../shared/forms/question-tree.ts';
import { loadExcelJS } from '../../spreadsheets/load-exceljs.ts';
import { constraintCell } from './constraint-cell.ts';
import { defaultCell } from './default-cell.ts';
import { isLanguageColumn, languageHeader, languageName, RULES_COLUMNS, SHEET, type LanguageColumn } from './layout.ts';

type CellValue = string | number;

/** Empty texts are left as blank cells, not as cells holding ''. */
const blank = (values: CellValue[]) => values.map((value) => (value === '' ? null : value));

/** The form's languages, English first: the title has them all (definition-schema.ts). */
const languagesOf = (form: FormDefinition) => ['en', ...Object.keys(form.title).filter((l) => l !== 'en')];
const inLanguages = (text: Text | undefined, languages: readonly string[]) => languages.map((l) => text?.[l] ?? '');
const headers = (column: LanguageColumn, languages: readonly string[]) =>
  languages.map((l) => languageHeader(column, l));

/** The type cell: `select_one direction`, `admin1 origin_country`; a choice list is named after its question. */
function typeCell(field: FieldDefinition): string {
  switch (field.type) {
    case 'select_one':
    case 'select_multiple':
      return `${field.type} ${field.name}`;
    case 'admin1':
      return `admin1 ${field.countryField}`;
    case 'admin2':
      return `admin2 ${field.admin1Field}`;
    default:
      return field.type;
  }
}

function requiredCell(field: FieldDefinition): string {
  if (field.type === 'note') return '';
  if (field.required === undefined || field.required === true) return 'yes';
  return field.required === false ? 'no' : describeCondition(field.required);
}

function checkCells(check: Check): Record<string, CellValue> {
  switch (check.kind) {
    case 'sum-at-least':
      return { fields: check.fields.join(' '), min: check.min };
    case 'sum-at-most':
      return { fields: check.fields.join(' '), max: check.max };
    case 'sum-not-above':
      return { fields: check.fields.join(' '), limit_fields: check.limitFields.join(' ') };
    case 'not-in-future':
      return { fields: check.field, minutes: check.toleranceMinutes };
    case 'not-older-than':
      return { fields: check.field, days: check.days };
    case 'after':
      return { fields: check.field, other_field: check.otherField };
    case 'equals':
      return { fields: check.field, value: printExpression(literal(check.value)) };
    case 'at-least':
      return { fields: check.field, min: check.min };
  }
}

function ruleRow(rule: Rule, languages: readonly string[]): CellValue[] {
  const cells: Record<string, CellValue> = {
    code: rule.code,
    severity: rule.severity,
    when: rule.when ? describeCondition(rule.when) : '',
    check: rule.check.kind,
    ...checkCells(rule.check),
  };
  return [...RULES_COLUMNS.map((column) => cells[column] ?? ''), ...inLanguages(rule.message, languages)];
}

/** The survey sheet: the questions in order, begin_group and end_group rows around each group's. */
function fillSurvey(form: FormDefinition, survey: Worksheet, languages: readonly string[]): void {
  const uses = (key: 'constraintMessage' | 'default') => form.fields.some((f) => f[key] !== undefined);
  const columns: Record<string, (field: FieldDefinition) => CellValue[]> = {
    type: (f) => [typeCell(f)],
    name: (f) => [f.name],
    label: (f) => inLanguages(f.label, languages),
    hint: (f) => inLanguages(f.hint, languages),
    required: (f) => [requiredCell(f)],
    relevant: (f) => [f.relevant ? describeCondition(f.relevant) : ''],
    constraint: (f) => [constraintCell(f)],
    ...(uses('constraintMessage') ? { constraint_message: (f) => inLanguages(f.constraintMessage, languages) } : {}),
    ...(uses('default') ? { default: (f) => [defaultCell(f)] } : {}),
    hxl: (f) => [f.hxl ?? ''],
  };
  const header = Object.keys(columns).flatMap((column) =>
    isLanguageColumn(column) ? headers(column, languages) : [column],
  );
  survey.addRow(blank(header));
  const blanks = (column: string) => (isLanguageColumn(column) ? languages : ['']).map(() => '');
  const row = (cells: Record<string, CellValue[]>) =>
    survey.addRow(blank(Object.keys(columns).flatMap((column) => cells[column] ?? blanks(column))));
  // A group's questions are consecutive (the schema holds it), so the tree is the sheet's row order.
  const write = (node: QuestionNode): void => {
    if (node.kind === 'question') {
      row(Object.fromEntries(Object.entries(columns).map(([column, cells]) => [column, cells(node.field)])));
      return;
    }
    const { group } = node;
    row({
      type: ['begin_group'],
      name: [group.name],
      label: inLanguages(group.label, languages),
      relevant: [group.relevant ? describeCondition(group.relevant) : ''],
    });
    node.children.forEach(write);
    row({ type: ['end_group'], name: [group.name] });
  };
  questionTree(form, form.fields).forEach(write);
}

/** A form definition as an XLSForm workbook: survey, choices, settings and the rules sheet of this project. */
function fillXlsform(form: FormDefinition, workbook: Workbook): Workbook {
  const languages = languagesOf(form);

  fillSurvey(form, workbook.addWorksheet(SHEET.survey), languages);

  const choices = workbook.addWorksheet(SHEET.choices);
  choices.addRow(blank(['list_name', 'name', ...headers('label', languages)]));
  for (const field of form.fields) {
    if ('choices' in field)
      for (const choice of field.choices)
        choices.addRow(blank([field.name, choice.value, ...inLanguages(choice.label, languages)]));
  }

  const settings = workbook.addWorksheet(SHEET.settings);
  settings.addRow(blank(['form_id', 'version', 'default_language', 'time_field', ...headers('form_title', languages)]));
  settings.addRow(
    blank([form.id, form.version, languageName('en'), form.timeField, ...inLanguages(form.title, languages)]),
  );

  const rules = workbook.addWorksheet(SHEET.rules);
  rules.addRow(blank([...RULES_COLUMNS, ...headers('message', languages)]));
  for (const rule of form.rules) rules.addRow(blank(ruleRow(rule, languages)));
  return workbook;
}

export async function writeXlsform(form: FormDefinition): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  return Buffer.from(await fillXlsform(form, new ExcelJS.Workbook()).xlsx.writeBuffer());
}
