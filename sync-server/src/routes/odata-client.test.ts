import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { EdmV4, OData, type PlainODataResponse } from '@odata/client';
import { xml2json } from 'odata-csdl';
import { makeTestServer, login, authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { fmrFlow, pushFlow } from '../../test/support/fmr-flow.ts';
import { listen } from '../../test/support/listening-app.ts';
import { seededRandom } from '../../test/support/random.ts';

const RECORDS = 12_345;
const PAGE_SIZE = 1000;
const ANALYST = { username: 'dashboard', password: 'a long enough password' };

let server: TestServer;
let admin: string;
let http: Awaited<ReturnType<typeof listen>>;
let root: string;

beforeAll(async () => {
  server = await makeTestServer({ odataPageSize: PAGE_SIZE });
  admin = await login(server);
  await server.app.request('/api/v1/users', jsonRequest('POST', { ...ANALYST, role: 'analyst' }, admin));
  const until = new Date(server.clock.now.getTime() - 3600_000);
  await pushFlow(server, fmrFlow(seededRandom(16), RECORDS, { until, days: 6, fmps: 4 }));
  http = await listen(server);
  root = `${http.origin}/api/v1/odata/`;
}, 600_000);
afterAll(async () => {
  await http?.close();
  await server.cleanup();
});

/** A maintained OData v4 client from npm, signing in with HTTP Basic as Power BI does. */
const client = () => OData.New4({ serviceEndpoint: root, credential: ANALYST });

/** A v4 collection page: the client's own type describes only v2's `d.results`. */
type Page = PlainODataResponse & { value?: Record<string, unknown>[]; '@odata.nextLink'?: string };

/** Every row of a read, following each `@odata.nextLink` through the client (a path below its service root). */
async function readAll(first: Page): Promise<{ rows: Record<string, unknown>[]; pages: number }> {
  const rows: Record<string, unknown>[] = [];
  let page = first;
  let pages = 1;
  for (;;) {
    expect(page.error).toBeUndefined();
    rows.push(...(page.value ?? []));
    const next = page['@odata.nextLink'];
    if (!next) return { rows, pages };
    expect(next.startsWith(root)).toBe(true);
    page = (await client().newRequest({ collection: next.slice(root.length) })) as Page;
    pages++;
  }
}

async function csvExport(query: string): Promise<{ header: string[]; rows: string[][] }> {
  const res = await server.app.request(`/api/v1/exports/fmr.csv${query}`, authed(admin));
  expect(res.status).toBe(200);
  const [header = [], ...rows] = parse(await res.text()) as string[][];
  return { header, rows };
}

/** A feed row as the CSV export writes it: column by column, null as an empty cell. */
const asCsvRow = (header: readonly string[], row: Record<string, unknown>) =>
  header.map((column) => {
    const value = row[column.replaceAll('/', '__')];
    return value === null || value === undefined ? '' : String(value);
  });

describe('the OData feed read by @odata/client', () => {
  it('gives $metadata, which the OASIS CSDL reader parses, typing every property of the rows it sends', async () => {
    const xml = (await client().newRequest({ collection: '$metadata' })) as unknown as string;
    const messages: unknown[] = [];
    const csdl = xml2json(xml, { strict: true, messages });
    expect(messages).toEqual([]);
    const schema = csdl.fmp_collect as Record<string, { $Kind?: string; [property: string]: unknown }>;
    const fmr = schema.fmr as Record<string, { $Type?: string }>;
    expect(fmr.$Kind).toBe('EntityType');
    expect(fmr.males_0_4?.$Type).toBe('Edm.Int32');
    expect(fmr.observed_at?.$Type).toBe('Edm.DateTimeOffset');
    // CSDL JSON leaves out Edm.String, the default type.
    expect(fmr.direction?.$Type).toBeUndefined();
    expect(fmr.form_version?.$Type).toBe('Edm.Int32');
    expect(Object.keys(schema.fmp_collect ?? {})).toEqual(
      expect.arrayContaining(['fmr', 'fmr_choices', 'fmr_daily', 'fmr_cube', 'fmr_monthly']),
    );
    // Analysts read FMR and its aggregates only: the other forms are not in their model.
    expect(schema.fms).toBeUndefined();
    const page = (await client().newRequest({ collection: 'fmr', params: client().newOptions().top(3) })) as Page;
    for (const row of page.value ?? []) {
      const typed = Object.keys(fmr).filter((key) => !key.startsWith('$'));
      expect(Object.keys(row).sort()).toEqual(typed.sort());
    }
  });

  it(`pages through all ${RECORDS} FMR records with $top and nextLink, and they are the CSV export's rows`, async () => {
    const c = client();
    const first = (await c.newRequest({ collection: 'fmr', params: c.newOptions().top(RECORDS) })) as Page;
    const { rows, pages } = await readAll(first);
    expect(pages).toBe(Math.ceil(RECORDS / PAGE_SIZE));
    const csv = await csvExport('');
    expect(csv.rows).toHaveLength(RECORDS);
    expect(rows.map((row) => asCsvRow(csv.header, row))).toEqual(csv.rows);
  }, 120_000);

  it('stops at $top across pages, and $skip starts the first page further on', async () => {
    const c = client();
    const first = (await c.newRequest({ collection: 'fmr', params: c.newOptions().top(2500).skip(700) })) as Page;
    const { rows, pages } = await readAll(first);
    expect(pages).toBe(3);
    const csv = await csvExport('');
    expect(rows.map((row) => asCsvRow(csv.header, row))).toEqual(csv.rows.slice(700, 3200));
  }, 60_000);

  it('filters by date and FMP and gets exactly the rows of the CSV export for the same filter', async () => {
    const from = new Date(server.clock.now.getTime() - 4 * 86_400_000);
    const to = new Date(server.clock.now.getTime() - 2 * 86_400_000);
    const c = client();
    const filter = c
      .newFilter()
      .field('observed_at')
      .ge(EdmV4.DateTimeOffset.from(from))
      .field('observed_at')
      .lt(EdmV4.DateTimeOffset.from(to))
      .field('fmp')
      .eq('BUSUNGA');
    const first = (await c.newRequest({
      collection: 'fmr',
      params: c.newOptions().filter(filter).count(true),
    })) as Page & { '@odata.count'?: number };
    const { rows, pages } = await readAll(first);
    const csv = await csvExport(`?fmp=BUSUNGA&from=${from.toISOString()}&to=${to.toISOString()}`);
    expect(csv.rows.length).toBeGreaterThan(PAGE_SIZE);
    expect(pages).toBe(Math.ceil(csv.rows.length / PAGE_SIZE));
    expect(first['@odata.count']).toBe(csv.rows.length);
    expect(rows.map((row) => asCsvRow(csv.header, row))).toEqual(csv.rows);
  }, 60_000);
});
