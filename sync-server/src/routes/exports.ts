import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { requireAuth } from '../auth/require.ts';
import { openDatabase } from '../db/database.ts';
import { csvStream } from '../exports/csv-stream.ts';
import { fmrRows } from '../exports/fmr-rows.ts';
import { FMR_EXPORT_COLUMNS, FMR_HXL_TAGS } from '../exports/fmr-columns.ts';
import { parseRecordFilter } from '../exports/record-filter.ts';

export function exportRoutes(deps: Deps) {
  const { dbFile } = deps;
  return new Hono<AppEnv>().get('/:file', requireAuth(deps, 'admin', 'officer', 'analyst'), (c) => {
    const file = c.req.param('file');
    if (file !== 'fmr.csv') throw new AppError(404, 'unknown-export', `No export named ${file}; try fmr.csv.`);
    const filter = parseRecordFilter(c.req.query());
    const flag = (name: string) => c.req.query(name) === '1';
    // Its own read-only connection: a consistent snapshot that never blocks pushes on the main one.
    const reader = openDatabase(dbFile, { readonly: true });
    const body = csvStream(
      fmrRows(reader, filter),
      {
        header: FMR_EXPORT_COLUMNS,
        extraHeaderRows: flag('hxl') ? [FMR_EXPORT_COLUMNS.map((col) => FMR_HXL_TAGS[col])] : [],
        bom: flag('bom'),
      },
      () => reader.close(),
    );
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
    });
  });
}
