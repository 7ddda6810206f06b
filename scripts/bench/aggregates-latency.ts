import { AggregatesQuery } from '../../shared/aggregates.ts';
import { queryAggregates } from '../../sync-server/src/aggregates/query-aggregates.ts';
import type { Sql } from '../../sync-server/src/db/sql.ts';

export interface AggregatesResult {
  requests: number;
  query: string;
  p50Ms: number;
  p95Ms: number;
  rows: number;
  /** Breakdowns the daily table cannot answer: by month from the monthly table, by week from the full cube. */
  others: { query: string; p50Ms: number; p95Ms: number; rows: number }[];
}

/** The p-th percentile of samples sorted ascending, nearest rank. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const MAIN_QUERY = 'by=fmp,day,direction';

async function latencies(url: string, token: string, query: string, requests: number) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < requests + 3; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/v1/aggregates?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { rows: unknown[] };
    // The first three warm the statement cache and the page cache; they are not counted.
    if (i >= 3) times.push(performance.now() - started);
    rows = body.rows.length;
  }
  times.sort((a, b) => a - b);
  return { query, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), rows };
}

/** `GET /aggregates` over HTTP on loopback, one request at a time, as the dashboard asks. */
export async function benchAggregates(url: string, token: string, requests = 40): Promise<AggregatesResult> {
  const main = await latencies(url, token, MAIN_QUERY, requests);
  const others = [];
  for (const query of ['by=month,nationality,transport', 'by=week,nationality']) {
    others.push(await latencies(url, token, query, Math.ceil(requests / 4)));
  }
  return { requests, ...main, others };
}

/**
 * The main query through the server's own `queryAggregates` from this process: the database's share
 * of the latency, without HTTP or JSON.
 */
export async function benchAggregatesQuery(sql: Sql, requests = 40): Promise<{ p50Ms: number; p95Ms: number }> {
  const query = AggregatesQuery.parse(Object.fromEntries(new URLSearchParams(MAIN_QUERY)));
  const times: number[] = [];
  for (let i = 0; i < requests + 3; i++) {
    const started = performance.now();
    await queryAggregates(sql, query);
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}
