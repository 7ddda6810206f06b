import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { AGGREGATE_MEASURES, AggregatesQuery, type AggregatesResponse } from '../../../shared/aggregates.ts';
import { requireAuth } from '../auth/require.ts';
import { parseQuery } from '../parse-query.ts';
import { queryAggregates } from '../aggregates/query-aggregates.ts';
import { csvStream } from '../exports/csv-stream.ts';
import { CSV_HEADERS } from '../exports/csv-response.ts';

/** Mounted at the API root: `/aggregates` answers JSON, `/aggregates.csv` the same rows as CSV. */
export function aggregateRoutes(deps: Deps) {
  const staff = requireAuth(deps, 'admin', 'officer', 'analyst');
  return new Hono<AppEnv>()
    .get('/aggregates', staff, async (c) => {
      const query = parseQuery(c.req.query(), AggregatesQuery);
      return c.json({ by: query.by, rows: await queryAggregates(deps.db, query) } satisfies AggregatesResponse);
    })
    .get('/aggregates.csv', staff, async (c) => {
      const query = parseQuery(c.req.query(), AggregatesQuery);
      const header = [...query.by, ...AGGREGATE_MEASURES];
      const rows = (await queryAggregates(deps.db, query)).map((row) =>
        header.map((col) => row[col as keyof typeof row]),
      );
      const body = csvStream([rows].values(), { header, bom: c.req.query('bom') === '1' });
      return c.body(body, 200, { ...CSV_HEADERS, 'Content-Disposition': 'attachment; filename="aggregates.csv"' });
    });
}
