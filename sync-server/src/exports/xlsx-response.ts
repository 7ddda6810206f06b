import { XLSX_TYPE } from '../../../shared/form-versions.ts';
import { AppError } from '../errors.ts';

export const XLSX_HEADERS = { 'Content-Type': XLSX_TYPE, 'Cache-Control': 'no-store' } as const;

/** A sheet holds `limit` rows: a larger export is refused before a byte is sent, not cut short (decision 0090). */
export function checkXlsxRows(rows: number, limit: number): void {
  if (rows <= limit) return;
  throw new AppError(
    422,
    'too-many-rows-for-xlsx',
    `This export has ${rows} rows with its header, more than the ${limit} an XLSX sheet holds. ` +
      'Ask for fewer with from and to (a range of dates), or download the CSV.',
    { rows, limit },
  );
}
