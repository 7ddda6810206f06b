import type { Db } from '../db/database.ts';
import type { QueueQuery } from '../../../shared/review.ts';
import { openOrResolved } from './resolution.ts';

const DEFAULT_LIMIT = 100;

/**
 * One page of a review queue, oldest first. It continues strictly after the id in `cursor`, so items
 * resolved or added since the page before never make a page repeat or skip one. With `byteBudget`,
 * rows carry their size in `row_bytes` and the page ends at the row that passes the budget.
 */
export function queuePage<R extends { id: number; row_bytes?: number }>(
  db: Db, select: string, query: QueueQuery, prefix = '', byteBudget = Infinity,
) {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const statement = db.prepare<[number, number], R>(
    `${select} WHERE ${openOrResolved(query.state ?? 'open', prefix)} AND ${prefix}id > ? ORDER BY ${prefix}id LIMIT ?`,
  );
  const page: R[] = [];
  let bytes = 0;
  let more = false;
  for (const row of statement.iterate(Number(query.cursor ?? 0), limit + 1)) {
    if (page.length === limit || bytes > byteBudget) {
      more = true;
      break;
    }
    page.push(row);
    bytes += row.row_bytes ?? 0;
  }
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? String(last.id) : null };
}
