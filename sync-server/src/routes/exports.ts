import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { LANGUAGES, type Language } from '../../../shared/i18n.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { mayReadForm } from '../auth/readable-forms.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { csvStream } from '../exports/csv-stream.ts';
import { CSV_HEADERS } from '../exports/csv-response.ts';
import { countFormRows, formRows } from '../exports/form-rows.ts';
import { exportColumns, headerRows } from '../exports/export-columns.ts';
import { storedFormIds } from '../forms/form-versions-store.ts';
import { shownFormVersions } from '../forms/shown-versions.ts';
import { parseRecordFilter } from '../exports/record-filter.ts';
import { recordsWorkbook } from '../exports/records-workbook.ts';
import { XLSX_MAX_ROWS } from '../exports/xlsx-stream.ts';
import { checkXlsxRows, XLSX_HEADERS } from '../exports/xlsx-response.ts';
import { fmpTimeZones } from '../fmps/fmps-store.ts';

const FORMATS = ['csv', 'xlsx'] as const;

function languageOf(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const found = LANGUAGES.find((l) => l === value);
  if (!found) throw new AppError(400, 'invalid-query', `labels is one of ${LANGUAGES.join(', ')}.`);
  return found;
}

/** `fmr.csv` or `fmr.xlsx`: a form and a format; no format for another ending. */
function splitFileName(file: string): { form: string; format: (typeof FORMATS)[number] | undefined } {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return { form: file, format: undefined };
  return { form: file.slice(0, dot), format: FORMATS.find((f) => f === file.slice(dot + 1)) };
}

export function exportRoutes(deps: Deps) {
  const { db, now } = deps;
  const xlsxRowLimit = deps.xlsxRowLimit ?? XLSX_MAX_ROWS;
  return new Hono<AppEnv>().get('/:file', requireAuth(deps, 'admin', 'officer', 'analyst'), async (c) => {
    const file = c.req.param('file');
    const { form, format } = splitFileName(file);
    // Every version of the form, retired ones too: their records are in the export.
    const versions = format ? await shownFormVersions(db, form) : [];
    if (!format || versions.length === 0) {
      const files = (await storedFormIds(db)).flatMap((f) => FORMATS.map((ext) => `${f}.${ext}`));
      throw new AppError(404, 'unknown-export', `No export named ${file}; try ${files.join(', ')}.`);
    }
    const { principal } = c.var;
    if (principal.kind === 'staff' && !mayReadForm(principal.role, form)) {
      throw new AppError(403, 'forbidden', 'Analysts may download fmr.csv and fmr.xlsx only.');
    }
    const filter = parseRecordFilter(c.req.query());
    const labels = languageOf(c.req.query('labels'));
    const flag = (name: string) => c.req.query(name) === '1';
    const columns = exportColumns(versions);
    const options = { labels, hxl: flag('hxl') };
    const extraHeaderRows = headerRows(columns, options);
    if (format === 'xlsx')
      checkXlsxRows(1 + extraHeaderRows.length + (await countFormRows(db, form, filter)), xlsxRowLimit);
    // Who took which dataset out of the server is part of the audit trail.
    await writeAudit(db, staffOf(principal), now(), {
      action: 'export.download',
      target: `export:${form}`,
      details: c.req.query(),
    });
    const disposition = { 'Content-Disposition': `attachment; filename="${file}"` };
    if (format === 'xlsx') {
      const body = recordsWorkbook(db, {
        form,
        title: versions.at(-1)?.title.en ?? form,
        columns,
        extraHeaderRows,
        filter,
        options,
        exportedAt: now(),
        timeZones: await fmpTimeZones(db),
        maxRows: xlsxRowLimit,
      });
      return c.body(body, 200, { ...XLSX_HEADERS, ...disposition });
    }
    const body = csvStream(
      formRows(db, form, filter, (row) => columns.map((col) => col.value(row))),
      { header: columns.map((col) => col.name), extraHeaderRows, bom: flag('bom') },
    );
    return c.body(body, 200, { ...CSV_HEADERS, ...disposition });
  });
}
