import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  makeTestServer,
  jsonRequest,
  login,
  authed,
  createStaff,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushFromTheirFmps } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { AGGREGATE_MEASURES, type AggregateRow, type AggregatesResponse } from '../../../shared/aggregates.ts';
import { GRID_FIELDS, VULNERABILITY_FIELDS, type FmrData } from '../../../shared/fmr.ts';
import { localPeriods } from '../../../shared/local-periods.ts';
import { aggregateTable, measures } from '../aggregates/query-aggregates.ts';
import { seededRandom } from '../../test/support/random.ts';

let server: TestServer;
let admin: string;

function generate(count: number): ReturnType<typeof makePushRecord>[] {
  const random = seededRandom(42);
  const { next, pick } = random;
  const n = (max: number) => random.int(0, max);
  return Array.from({ length: count }, (_, i) => {
    const day = 14 + n(5);
    // A third of the records fall within ten minutes of midnight in Kampala, on either side.
    const nearMidnight = i % 3 === 0;
    const observed = nearMidnight
      ? new Date(Date.UTC(2026, 10, day, 21, 0) + (n(20) - 10) * 60_000)
      : new Date(Date.UTC(2026, 10, day, n(23), n(59)));
    const incoming = next() < 0.5;
    const grid = Object.fromEntries(GRID_FIELDS.map((f) => [f, n(3)]));
    grid.males_18_59 = (grid.males_18_59 ?? 0) + 1;
    const tally = i % 10 === 0;
    const data = makeFmrData({
      ...grid,
      fmp: pick(['MPONDWE', 'GOLI', 'BUNAGANA']),
      observed_at: observed.toISOString().replace('Z', '+00:00'),
      direction: incoming ? 'incoming' : 'outgoing',
      origin_country: incoming ? 'COD' : 'UGA',
      origin_admin1: null,
      destination_country: incoming ? 'UGA' : pick(['COD', 'RWA']),
      destination_admin1: incoming ? 'UG-W' : null,
      destination_admin2: incoming ? pick(['UG-406', null]) : null,
      nationality: pick(['COD', 'UGA', 'SSD']),
      transport: pick(['foot', 'bus', 'boat']),
      reason: pick(['economic', 'family', 'health']),
      pregnant_lactating: Math.min(n(1), grid.females_18_59 ?? 0),
      disability: n(1),
      source: tally ? 'tally' : 'group',
      // A tally interval counts people, not groups: it has no transport, reason or duration.
      ...(tally
        ? {
            interval_start: observed.toISOString(),
            interval_end: new Date(observed.getTime() + 3600_000).toISOString(),
            transport: undefined,
            reason: undefined,
            duration: undefined,
          }
        : {}),
    } as Partial<FmrData>);
    return makePushRecord({ data });
  });
}

beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
  const records = generate(400);
  const results = [
    ...(await pushFromTheirFmps(server, records.slice(0, 200))),
    ...(await pushFromTheirFmps(server, records.slice(200))),
  ];
  expect(results.filter((r) => r.status !== 'accepted')).toEqual([]);
  // A correction across midnight and to another FMP: the aggregates must follow it.
  const moved = records[3] as ReturnType<typeof makePushRecord>;
  const res = await server.app.request(
    `/api/v1/records/${moved.id}/corrections`,
    jsonRequest(
      'POST',
      {
        changes: { fmp: 'NTOROKO', observed_at: '2026-11-17T00:05:00+03:00', males_60_plus: 4 },
        reason: 'wrong point',
        baseRevision: 1,
      },
      admin,
    ),
  );
  expect(res.status).toBe(201);
});
afterAll(() => server.cleanup());

type Dim =
  | 'fmp'
  | 'day'
  | 'week'
  | 'month'
  | 'direction'
  | 'nationality'
  | 'origin_country'
  | 'destination_country'
  | 'destination_admin2'
  | 'transport'
  | 'reason';

/** The aggregates recomputed from the raw export: what an analyst would do in a spreadsheet. */
async function fromExport(by: Dim[]): Promise<AggregateRow[]> {
  const text = await (await server.app.request('/api/v1/exports/fmr.csv', authed(admin))).text();
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const groups = new Map<string, { dims: Record<string, string | null>; counts: Record<string, number> }>();
  for (const row of rows) {
    const periods = localPeriods(row.observed_at ?? '', 'Africa/Kampala');
    const value = (d: Dim) => (d === 'day' || d === 'week' || d === 'month' ? periods[d] : row[d] || null);
    const dims = Object.fromEntries(by.map((d) => [d, value(d)]));
    const key = JSON.stringify(dims);
    const group = groups.get(key) ?? {
      dims,
      counts: Object.fromEntries(['records', ...GRID_FIELDS, ...VULNERABILITY_FIELDS].map((f) => [f, 0])),
    };
    group.counts.records = (group.counts.records ?? 0) + 1;
    for (const f of [...GRID_FIELDS, ...VULNERABILITY_FIELDS])
      group.counts[f] = (group.counts[f] ?? 0) + Number(row[f]);
    groups.set(key, group);
  }
  const key = (r: AggregateRow) => by.map((d) => r[d] ?? '').join('|');
  return [...groups.values()]
    .map(({ dims, counts }) => ({ ...dims, ...measures(counts as Parameters<typeof measures>[0]) }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const sortRows = (rows: AggregateRow[], by: Dim[]) => {
  const key = (r: AggregateRow) => by.map((d) => r[d] ?? '').join('|');
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

describe('GET /api/v1/aggregates', () => {
  it.each<[Dim[]]>([
    [['fmp', 'day', 'direction']],
    [['day']],
    [['week']],
    [['month', 'nationality']],
    [['destination_admin2', 'transport', 'reason']],
    [['origin_country', 'destination_country', 'fmp']],
    [['day', 'nationality']],
    [['week', 'transport', 'direction']],
  ])('agrees with a sum of the raw export, by %j', async (by) => {
    const res = await server.app.request(`/api/v1/aggregates?by=${by.join(',')}`, authed(admin));
    expect(res.status).toBe(200);
    const body = (await res.json()) as AggregatesResponse;
    expect(body.by).toEqual(by);
    expect(sortRows(body.rows, by)).toEqual(await fromExport(by));
  });

  it('counts a record at 00:05 Kampala time (21:05 UTC the evening before) on its Kampala day', async () => {
    const res = await server.app.request('/api/v1/aggregates?by=day&fmp=NTOROKO', authed(admin));
    const body = (await res.json()) as AggregatesResponse;
    expect(body.rows.map((r) => r.day)).toEqual(['2026-11-17']);
  });

  it('filters by local days, both inclusive, and direction', async () => {
    const all = await fromExport(['fmp', 'day', 'direction']);
    const expected = all.filter(
      (r) =>
        r.fmp === 'GOLI' &&
        (r.day ?? '') >= '2026-11-15' &&
        (r.day ?? '') <= '2026-11-16' &&
        r.direction === 'incoming',
    );
    const res = await server.app.request(
      '/api/v1/aggregates?by=fmp,day,direction&fmp=GOLI&from=2026-11-15&to=2026-11-16&direction=incoming',
      authed(admin),
    );
    expect(((await res.json()) as AggregatesResponse).rows).toEqual(expected);
  });

  it('agrees with the export on a breakdown filtered by days, read from the full cube', async () => {
    const all = await fromExport(['day', 'reason']);
    const expected = all.filter((r) => (r.day ?? '') >= '2026-11-16' && (r.day ?? '') <= '2026-11-17');
    const res = await server.app.request(
      '/api/v1/aggregates?by=day,reason&from=2026-11-16&to=2026-11-17',
      authed(admin),
    );
    expect(((await res.json()) as AggregatesResponse).rows).toEqual(expected);
  });

  it.each<[string, Parameters<typeof aggregateTable>[0], string]>([
    ['FMP, day and direction', { by: ['fmp', 'day', 'direction'] }, 'fmr_daily'],
    ['month and nationality', { by: ['month', 'nationality'] }, 'fmr_monthly'],
    ['month and nationality within days', { by: ['month', 'nationality'], from: '2026-11-01' }, 'fmr_cube'],
    ['week and reason', { by: ['week', 'reason'] }, 'fmr_cube'],
  ])('reads the smallest table that holds %s', (_name, query, table) => {
    expect(aggregateTable(query)).toBe(table);
  });

  it('answers the same rows as CSV, with the columns docs/api.md names', async () => {
    const analyst = await createStaff(server, 'analyst');
    const res = await server.app.request('/api/v1/aggregates.csv?by=fmp,direction', authed(analyst));
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(await res.text()) as string[][];
    expect(header).toEqual(['fmp', 'direction', ...AGGREGATE_MEASURES]);
    const json = (await (
      await server.app.request('/api/v1/aggregates?by=fmp,direction', authed(admin))
    ).json()) as AggregatesResponse;
    expect(rows).toEqual(json.rows.map((r) => header?.map((c) => String(r[c as keyof AggregateRow] ?? ''))));
  });

  it.each(['', '?by=', '?by=colour', '?by=day&from=2026-11-15T00:00:00Z'])('refuses a bad query: %j', async (query) => {
    const res = await server.app.request(`/api/v1/aggregates${query}`, authed(admin));
    expect(res.status).toBe(400);
  });
});
