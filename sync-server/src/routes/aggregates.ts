import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AGGREGATE_MEASURES, AggregatesQuery, type AggregatesResponse } from '../../../shared/aggregates.ts';
import { requireAuth } from '../auth/require.ts';
import { parseQuery } from '../parse-query.ts';
import { queryAggregates } from '../aggregates/query-aggregates.ts';
import { csvStream } from '../exports/csv-stream.ts';
import { CSV_HEADERS } from '../exports/csv-response.ts';
import { aggregatesWorkbook } from '../exports/aggregates-workbook.ts';
import { checkXlsxRows, XLSX_HEADERS } from '../exports/xlsx-response.ts';
import { XLSX_MAX_ROWS } from '../exports/xlsx-stream.ts';

/** The aggregate rows as a table: the `by` columns, then the measures. */
async function aggregatesTable(deps: Deps, query: AggregatesQuery) {
  const header = [...query.by, ...AGGREGATE_MEASURES];
  const rows = (await queryAggregates(deps.db, query)).map((row) => header.map((col) => row[col as keyof typeof row]));
  return { header, rows };
}

/** Mounted at the API root: `/aggregates` answers JSON, `/aggregates.csv` and `/aggregates.xlsx` the same rows as files. */
export function aggregateRoutes(deps: Deps) {
  const staff = requireAuth(deps, 'admin', 'officer', 'analyst');
  const xlsxRowLimit = deps.xlsxRowLimit ?? XLSX_MAX_ROWS;
  return new Hono<AppEnv>()
    .get('/aggregates', staff, async (c) => {
      const query = parseQuery(c.req.query(), AggregatesQuery);
      return c.json({ by: query.by, rows: await queryAggregates(deps.db, query) } satisfies AggregatesResponse);
    })
    .get('/aggregates.csv', staff, async (c) => {
      const { header, rows } = await aggregatesTable(deps, parseQuery(c.req.query(), AggregatesQuery));
      const body = csvStream([rows].values(), { header, bom: c.req.query('bom') === '1' });
      return c.body(body, 200, { ...CSV_HEADERS, 'Content-Disposition': 'attachment; filename="aggregates.csv"' });
    })
    .get('/aggregates.xlsx', staff, async (c) => {
      const query = parseQuery(c.req.query(), AggregatesQuery);
      const { header, rows } = await aggregatesTable(deps, query);
      checkXlsxRows(1 + rows.length, xlsxRowLimit);
      const body = aggregatesWorkbook({ query, header, rows, exportedAt: deps.now(), maxRows: xlsxRowLimit });
      return c.body(body, 200, { ...XLSX_HEADERS, 'Content-Disposition': 'attachment; filename="aggregates.xlsx"' });
    });
}
