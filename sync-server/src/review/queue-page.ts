import type { SqlRunner } from '../db/sql.ts';
import type { QueueQuery } from '../../../shared/review.ts';
import { openOrResolved } from './resolution.ts';

const DEFAULT_LIMIT = 100;

/** Rows fetched per query: a quarantined row may hold 64 KiB, so a page is read a few rows at a time. */
const ROWS_PER_READ = 32;

/**
 * One page of a review queue, oldest first. It continues strictly after the id in `cursor`, so items
 * resolved or added since the page before never make a page repeat or skip one. With `byteBudget`,
 * rows carry their size in `row_bytes` and the page ends at the row that passes the budget.
 */
export async function queuePage<R extends { id: number; row_bytes?: number }>(
  db: SqlRunner,
  select: string,
  query: QueueQuery,
  prefix = '',
  byteBudget = Infinity,
) {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const text = `${select} WHERE ${openOrResolved(query.state ?? 'open', prefix)} AND ${prefix}id > ? ORDER BY ${prefix}id LIMIT ?`;
  const page: R[] = [];
  let bytes = 0;
  let after = Number(query.cursor ?? 0);
  for (;;) {
    const rows = await db.all<R>(text, [after, ROWS_PER_READ]);
    for (const row of rows) {
      if (page.length === limit || bytes > byteBudget)
        return { rows: page, nextCursor: String(page.at(-1)?.id ?? after) };
      page.push(row);
      bytes += row.row_bytes ?? 0;
    }
    const last = rows.at(-1);
    if (!last || rows.length < ROWS_PER_READ) return { rows: page, nextCursor: null };
    after = last.id;
  }
}
