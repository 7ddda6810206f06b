import type ExcelJS from 'exceljs';

/**
 * exceljs and its zip libraries hold about 27 MB resident once loaded (measured with Node 20): loaded on the
 * first spreadsheet read or written, so that a server nobody asks for a spreadsheet does not carry them.
 */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
