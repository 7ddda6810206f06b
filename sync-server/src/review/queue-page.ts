import type { Db } from '../db/database.ts';
import type { QueueQuery } from '../../../shared/review.ts';
import { openOrResolved } from './resolution.ts';

const DEFAULT_LIMIT = 100;

/**
 * One page of a review queue, oldest first. It continues strictly after the id in `cursor`, so items
 * resolved or added since the page before never make a page repeat or skip one.
 */
export function queuePage<R extends { id: number }>(db: Db, select: string, query: QueueQuery, prefix = '') {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = db
    .prepare<[number, number], R>(
      `${select} WHERE ${openOrResolved(query.state ?? 'open', prefix)} AND ${prefix}id > ? ORDER BY ${prefix}id LIMIT ?`,
    )
    .all(Number(query.cursor ?? 0), limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? String(last.id) : null };
}
