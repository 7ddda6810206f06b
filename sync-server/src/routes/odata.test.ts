import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xml2json } from 'odata-csdl';
import { makeTestServer, login, authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { fmrFlow, pushFlow } from '../../test/support/fmr-flow.ts';
import { seededRandom } from '../../test/support/random.ts';
import type { AggregatesResponse } from '../../../shared/aggregates.ts';

const PAGE_SIZE = 7;

let server: TestServer;
let admin: string;
let approvedId = '';

beforeAll(async () => {
  server = await makeTestServer({ odataPageSize: PAGE_SIZE });
  admin = await login(server);
  const records = fmrFlow(seededRandom(94), 40, { until: server.clock.now, days: 3, fmps: 3 });
  await pushFlow(server, records);
  approvedId = records[5]?.id ?? '';
  await server.app.request(`/api/v1/records/${approvedId}/approve`, jsonRequest('POST', {}, admin));
}, 120_000);
afterAll(() => server.cleanup());

const feed = (path: string, token = admin) => server.app.request(`/api/v1/odata/${path}`, authed(token));

interface Page {
  '@odata.context': string;
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
  value: Record<string, unknown>[];
}

async function readAll(path: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const res = await feed(next);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    expect(page.value.length).toBeLessThanOrEqual(PAGE_SIZE);
    rows.push(...page.value);
    next = page['@odata.nextLink']?.replace(/^https?:\/\/[^/]+\/api\/v1\/odata\//, '');
  }
  return rows;
}

describe('$metadata', () => {
  it('is CSDL 4.0 XML the OASIS CSDL reader takes in strict mode, every entity set with its type and key', async () => {
    const res = await feed('$metadata');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/xml/);
    expect(res.headers.get('OData-Version')).toBe('4.0');
    const csdl = xml2json(await res.text(), { strict: true });
    expect(csdl.$Version).toBe('4.0');
    const schema = csdl.fmp_collect as Record<string, Record<string, unknown>>;
    const container = schema.fmp_collect ?? {};
    expect(Object.keys(container).filter((k) => !k.startsWith('$'))).toEqual([
      'fmr',
      'fms',
      'screening',
      'fmr_choices',
      'fms_choices',
      'screening_choices',
      'fmr_daily',
      'fmr_cube',
      'fmr_monthly',
    ]);
    expect(schema.fmr?.$Key).toEqual(['record_id']);
    expect(schema.fmr_daily?.$Key).toEqual(['day', 'fmp', 'direction']);
    // CSDL JSON says $Nullable only where it is true: key properties never are.
    expect(schema.fmr_daily?.day).toEqual({ $Type: 'Edm.Date' });
    expect(schema.fmr_daily?.individuals).toEqual({ $Type: 'Edm.Int32', $Nullable: true });
    expect(schema.fms?.interviewed_at).toEqual({ $Type: 'Edm.DateTimeOffset', $Nullable: true, $Precision: 3 });
    expect(schema.fmr_choices?.label_fr).toEqual({ $Nullable: true });
  });
});

describe('$filter outside the supported set', () => {
  it.each([
    ["contains(notes,'x')", 'contains'],
    ["tolower(fmp) eq 'goli'", 'tolower'],
    ['year(observed_at) eq 2026', 'year'],
    ["fmp eq 'GOLI' or fmp eq 'BUSUNGA'", 'or'],
    ["not (fmp eq 'GOLI')", 'not'],
    ["fmp in ('GOLI','BUSUNGA')", 'in'],
    ["fmp has 'GOLI'", 'has'],
    ['males_0_4 gt 2', 'males_0_4'],
    ['males_0_4 add 1 gt 2', 'add'],
    ["direction/code eq 'x'", 'direction/code'],
    ['record_id eq 42', 'record_id'],
    ["fmp eq 'GOLI' and", 'incomplete'],
    ['observed_at ge 2026-11-01', 'observed_at'],
    ['2026-11-01T00:00:00Z le observed_at', '2026-11-01T00:00:00Z'],
    ['$it/fmp eq 1', '$'],
  ])('%s gets 400 with an OData error naming %s', async (filter, named) => {
    const res = await feed(`fmr?$filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; details: { target: string }[] } };
    expect(body.error.code).toMatch(/^odata-(unsupported|invalid)$/);
    expect(body.error.message).toContain(named);
    expect(body.error.details).toEqual([expect.objectContaining({ target: '$filter', message: body.error.message })]);
  });

  it.each([
    ['fmr?$expand=x', '$expand'],
    ['fmr?$search=goli', '$search'],
    ['fmr?$apply=groupby((fmp))', '$apply'],
    ['fmr?$orderby=fmp', 'fmp'],
    ['fmr?$select=nope', 'nope'],
    ['fmr?$top=-1', '$top'],
    ['fmr?$skiptoken=abc', '$skiptoken'],
    ['fmr?$format=xml', 'xml'],
    ["fmr_daily?$filter=review_state eq 'new'", 'review_state'],
    ["fmr_choices?$filter=field eq 'x'", 'field'],
  ])('%s gets 400 naming %s', async (path, named) => {
    const res = await feed(path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(named);
  });
});

describe('entity sets', () => {
  it('filters on the time, fmp and review state, with every comparison operator joined by and', async () => {
    const all = await readAll('fmr');
    expect(all).toHaveLength(40);
    const times = all.map((r) => String(r.observed_at));
    const middle = new Date(times[20] ?? '').toISOString();
    const at = (r: Record<string, unknown>) => new Date(String(r.observed_at)).getTime();
    const m = Date.parse(middle);
    const cases: [string, (r: Record<string, unknown>) => boolean][] = [
      [`observed_at ge ${middle}`, (r) => at(r) >= m],
      [`observed_at gt ${middle}`, (r) => at(r) > m],
      [`observed_at lt ${middle}`, (r) => at(r) < m],
      [`observed_at le ${middle}`, (r) => at(r) <= m],
      [`observed_at eq ${middle}`, (r) => at(r) === m],
      [`(fmp ne 'MPONDWE') and observed_at lt ${middle}`, (r) => r.fmp !== 'MPONDWE' && at(r) < m],
      ["review_state eq 'approved'", (r) => r.record_id === approvedId],
    ];
    for (const [filter, keep] of cases) {
      const rows = await readAll(`fmr?$filter=${encodeURIComponent(filter)}`);
      expect(rows, filter).toEqual(all.filter(keep));
    }
  });

  it('orders by the time descending, paging backwards without a gap, and counts the whole set on each page', async () => {
    const ascending = await readAll('fmr');
    const descending = await readAll('fmr?$orderby=observed_at%20desc&$count=true');
    expect(descending).toEqual([...ascending].reverse());
    const page = (await (await feed('fmr?$count=true&$top=2')).json()) as Page;
    expect(page['@odata.count']).toBe(40);
    expect(page.value).toHaveLength(2);
    expect(page['@odata.nextLink']).toBeUndefined();
  });

  it('answers only the $select properties, named in the context URL', async () => {
    const page = (await (await feed('fmr?$select=record_id,fmp&$top=1')).json()) as Page;
    expect(page['@odata.context']).toMatch(/\/api\/v1\/odata\/\$metadata#fmr\(record_id,fmp\)$/);
    expect(Object.keys(page.value[0] ?? {})).toEqual(['record_id', 'fmp']);
  });

  it('gives each aggregate table with the measures of /aggregates', async () => {
    const rows = await readAll('fmr_daily');
    const res = await server.app.request('/api/v1/aggregates?by=day,fmp,direction', authed(admin));
    const expected = ((await res.json()) as AggregatesResponse).rows;
    expect(rows.length).toBeGreaterThan(PAGE_SIZE);
    expect(rows.map(({ week: _w, month: _m, ...row }) => row)).toEqual(expected);
    const day = String(rows[3]?.day);
    const filtered = await readAll(`fmr_daily?$filter=${encodeURIComponent(`day ge ${day} and fmp ne 'BUSUNGA'`)}`);
    expect(filtered).toEqual(rows.filter((r) => String(r.day) >= day && r.fmp !== 'BUSUNGA'));
    const cube = await readAll('fmr_cube');
    const total = (set: Record<string, unknown>[]) => set.reduce((n, r) => n + Number(r.records), 0);
    expect(total(cube)).toBe(40);
    expect(total(await readAll('fmr_monthly'))).toBe(40);
  });

  it('gives the labels of each choice in every complete language', async () => {
    const rows = await readAll('fmr_choices');
    expect(rows).toContainEqual({
      field: 'direction',
      value: 'incoming',
      label_en: 'Incoming (into Uganda)',
      label_fr: 'Entrant (arrivée : Ouganda)',
      label_sw: 'Wanaoingia (Uganda)',
    });
    expect(rows.filter((r) => JSON.stringify(r).includes('{country}'))).toEqual([]);
    expect(new Set(rows.map((r) => `${String(r.field)}/${String(r.value)}`)).size).toBe(rows.length);
  });

  it('answers 404 for a set no one has', async () => {
    expect((await feed('nothing')).status).toBe(404);
  });
});
