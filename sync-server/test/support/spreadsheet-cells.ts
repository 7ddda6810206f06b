import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { runChild } from '../../src/ops/run-child.ts';

// Comma, double quote, UTF-8 (76), from line 1. Import evaluates formulas (LibreOffice's default); export writes
// each cell as shown, so a cell taken as a formula comes back as its result, never as the text that was sent.
const CSV_IMPORT = 'CSV:44,34,76,1';
const CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false';

/** A line break inside a cell, however it was written; spreadsheets keep one character for it. */
const oneLineBreak = (cell: string) => cell.replace(/\r\n?/g, '\n');

/** How Calc shows a cell it read as a value of its own: `true` and `false` become the booleans TRUE and FALSE. */
export const asCalcShows = (cell: string) => (cell === 'true' || cell === 'false' ? cell.toUpperCase() : cell);

/** The cells a maintained CSV parser reads, line breaks in cells written as `\n`. */
export function parsedCells(csv: string): string[][] {
  return (parse(csv, { bom: true }) as string[][]).map((row) => row.map(oneLineBreak));
}

/**
 * The cells LibreOffice Calc reads from a file, as it shows them: opened headless and saved again as CSV (the
 * first sheet of a workbook). Each call has its own user profile, so runs in parallel do not share (and lock) one.
 */
async function cellsInCalc(contents: string | Uint8Array, name: string, infilter: string[]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'fmp-soffice-'));
  try {
    const input = join(dir, name);
    const outDir = join(dir, 'out');
    writeFileSync(input, contents);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = await runChild(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        ...infilter,
        '--convert-to',
        CSV_EXPORT,
        '--outdir',
        outDir,
        input,
      ],
      { env: process.env },
    );
    if (run.code !== 0) throw new Error(`soffice failed (${run.code}): ${run.stderr}`);
    return parsedCells(readFileSync(join(outDir, name.replace(/\.[a-z]+$/, '.csv')), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cells LibreOffice Calc reads from a CSV, as it shows them. */
export function spreadsheetCells(csv: string): Promise<string[][]> {
  return cellsInCalc(csv, 'in.csv', [`--infilter=${CSV_IMPORT}`]);
}

/** The cells LibreOffice Calc shows on the first sheet of an XLSX workbook. */
export function workbookCells(xlsx: Uint8Array): Promise<string[][]> {
  return cellsInCalc(xlsx, 'in.xlsx', []);
}
