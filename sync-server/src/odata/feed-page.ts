import type { Sql } from '../db/sql.ts';
import { encodeCursor } from '../db/keyset-cursor.ts';
import type { FeedRow, FeedSet } from './feed-set.ts';
import type { FeedQuery } from './query-options.ts';

export interface FeedPageOptions {
  /** The service root, ending in `/`: context and next links are absolute, as Power BI follows them. */
  serviceRoot: string;
  /** The request's own query string, which the next link repeats with its `$skiptoken`. */
  params: URLSearchParams;
  pageSize: number;
}

/**
 * The link to the rest: the same options, `$skip` spent on this page, `$top` less what it held, and where
 * it ended as `$skiptoken`. The next page starts after that key, so it costs the same however deep it is.
 */
function nextLink(set: FeedSet, query: FeedQuery, sent: number, lastKey: readonly string[], options: FeedPageOptions) {
  const params = new Map([...options.params].filter(([name]) => name !== '$skip' && name !== '$skiptoken'));
  if (query.top !== null) params.set('$top', String(query.top - sent));
  params.set('$skiptoken', encodeCursor(lastKey));
  const text = [...params].map(
    ([name, value]) => `${encodeURIComponent(name).replace('%24', '$')}=${encodeURIComponent(value)}`,
  );
  return `${options.serviceRoot}${set.name}?${text.join('&')}`;
}

const picked = (row: FeedRow, select: readonly string[] | null): FeedRow =>
  select ? Object.fromEntries(select.map((name) => [name, row[name] ?? null])) : row;

/**
 * One page of an entity set as OData JSON, streamed as it is read: at most `pageSize` rows, and a
 * `@odata.nextLink` when more are left. One row beyond the page is read to know whether any are.
 */
export async function feedPage(
  db: Sql,
  set: FeedSet,
  query: FeedQuery,
  options: FeedPageOptions,
): Promise<ReadableStream<Uint8Array>> {
  const want = query.top === null ? options.pageSize : Math.min(options.pageSize, query.top);
  const mayContinue = query.top === null || query.top > want;
  const total = query.count ? await set.count(db, query.comparisons) : null;
  const chunks = set.read(db, {
    comparisons: query.comparisons,
    descending: query.descending,
    after: query.after,
    offset: query.skip,
    limit: mayContinue ? want + 1 : want,
  });
  const context = `${options.serviceRoot}$metadata#${set.name}${query.select ? `(${query.select.join(',')})` : ''}`;
  const encoder = new TextEncoder();
  let sent = 0;
  let lastKey: readonly string[] = [];
  let done = false;
  const end = (next: string | null) => encoder.encode(`]${next ? `,"@odata.nextLink":${JSON.stringify(next)}` : ''}}`);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const count = total === null ? '' : `"@odata.count":${total},`;
      controller.enqueue(encoder.encode(`{"@odata.context":${JSON.stringify(context)},${count}"value":[`));
    },
    async pull(controller) {
      if (done) return;
      try {
        const next = await chunks.next();
        const rows = next.done ? [] : next.value;
        const parts: string[] = [];
        for (const placed of rows) {
          if (sent === want) {
            done = true;
            break;
          }
          parts.push((sent > 0 ? ',' : '') + JSON.stringify(picked(placed.row, query.select)));
          lastKey = placed.key;
          sent++;
        }
        if (parts.length > 0) controller.enqueue(encoder.encode(parts.join('')));
        if (done) {
          await chunks.return(undefined);
          controller.enqueue(end(nextLink(set, query, sent, lastKey, options)));
          controller.close();
        } else if (next.done) {
          done = true;
          controller.enqueue(end(null));
          controller.close();
        }
      } catch (err) {
        controller.error(err);
        await chunks.return(undefined);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
