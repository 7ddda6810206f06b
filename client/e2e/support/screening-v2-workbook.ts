import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The new question: its label per language code, as `label::<Language> (<code>)` columns hold them. */
export const TRACED_LABELS: Record<string, string> = {
  en: 'Contacts traced',
  fr: 'Contacts retracés',
  sw: 'Watu waliofuatiliwa',
};

/**
 * Screening v1 as the server gives it out (an XLSForm), with one question more at the end of `survey`,
 * made like the last one (an integer with its range), and `version` 2: what an officer would upload.
 */
export async function screeningV2Workbook(v1: ArrayBuffer, options: { type?: string } = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(v1);
  const survey = workbook.getWorksheet('survey');
  const settings = workbook.getWorksheet('settings');
  if (!survey || !settings) throw new Error('screening v1 workbook without survey or settings sheet');
  const column = (sheet: ExcelJS.Worksheet, header: (text: string) => boolean): number[] => {
    const found: number[] = [];
    sheet.getRow(1).eachCell((cell, n) => header(String(cell.value)) && found.push(n));
    return found;
  };
  const last = survey.getRow(survey.actualRowCount);
  const added = survey.getRow(survey.actualRowCount + 1);
  last.eachCell((cell, n) => void (added.getCell(n).value = cell.value));
  for (const n of column(survey, (h) => h === 'name')) added.getCell(n).value = 'contacts_traced';
  for (const n of column(survey, (h) => h === 'type')) if (options.type) added.getCell(n).value = options.type;
  for (const n of column(survey, (h) => h === 'hxl')) added.getCell(n).value = '#affected +contacts +traced';
  for (const n of column(survey, (h) => h.startsWith('label::'))) {
    const code = /\(([^)]+)\)$/.exec(String(survey.getRow(1).getCell(n).value))?.[1] ?? '';
    added.getCell(n).value = TRACED_LABELS[code] ?? TRACED_LABELS['en'] ?? '';
  }
  for (const n of column(settings, (h) => h === 'version')) settings.getRow(2).getCell(n).value = 2;
  const path = join(tmpdir(), `screening-v2-${process.pid}-${Date.now()}.xlsx`);
  await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}
