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
import { formRows } from '../exports/form-rows.ts';
import { EXPORT_FORMS, exportColumns, headerRows } from '../exports/export-columns.ts';
import { parseRecordFilter } from '../exports/record-filter.ts';

function languageOf(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const found = LANGUAGES.find((l) => l === value);
  if (!found) throw new AppError(400, 'invalid-query', `labels is one of ${LANGUAGES.join(', ')}.`);
  return found;
}

export function exportRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>().get('/:file', requireAuth(deps, 'admin', 'officer', 'analyst'), async (c) => {
    const file = c.req.param('file');
    const form = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!EXPORT_FORMS.includes(form)) {
      throw new AppError(
        404,
        'unknown-export',
        `No export named ${file}; try ${EXPORT_FORMS.map((f) => `${f}.csv`).join(', ')}.`,
      );
    }
    const { principal } = c.var;
    if (principal.kind === 'staff' && !mayReadForm(principal.role, form)) {
      throw new AppError(403, 'forbidden', 'Analysts may download fmr.csv only.');
    }
    const filter = parseRecordFilter(c.req.query());
    const labels = languageOf(c.req.query('labels'));
    const flag = (name: string) => c.req.query(name) === '1';
    const columns = exportColumns(form);
    // Who took which dataset out of the server is part of the audit trail.
    await writeAudit(db, staffOf(principal), now(), {
      action: 'export.download',
      target: `export:${form}`,
      details: c.req.query(),
    });
    const body = csvStream(formRows(db, form, columns, filter), {
      header: columns.map((col) => col.name),
      extraHeaderRows: headerRows(columns, { labels, hxl: flag('hxl') }),
      bom: flag('bom'),
    });
    return c.body(body, 200, { ...CSV_HEADERS, 'Content-Disposition': `attachment; filename="${file}"` });
  });
}
