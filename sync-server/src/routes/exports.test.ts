import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { pushFromTheirFmps } from '../../test/support/push-records.ts';
import {
  makeTestServer,
  enrollDevice,
  login,
  createStaff,
  authed,
  type TestServer,
} from '../../test/support/test-server.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { FMR_FIELDS, type FmrData } from '../../../shared/fmr.ts';
import type { PushRecord } from '../../../shared/push.ts';

let server: TestServer;
let admin: string;
let device: { deviceId: string; token: string };

beforeEach(async () => {
  server = await makeTestServer();
  admin = await login(server);
  device = await enrollDevice(server);
});
afterEach(() => server.cleanup());

async function pushAll(records: PushRecord[]) {
  const results = await pushFromTheirFmps(server, records);
  expect(results.map((r) => r.status)).toEqual(records.map(() => 'accepted'));
}

async function exportCsv(query = '', token = admin) {
  const res = await server.app.request(`/api/v1/exports/fmr.csv${query}`, authed(token));
  return { res, text: await res.text() };
}

const asCell = (v: FmrData[keyof FmrData]) => (v === null ? '' : String(v));

describe('GET /api/v1/exports/fmr.csv', () => {
  const tricky = [
    'commas, and "quotes"',
    'two\r\nlines and a lone\nnewline',
    'Kasese — Mpondwe, abiria wanaovuka mpaka; déplacés à Béni',
  ];

  it('round-trips every value through a CSV parser, one row per record, record_id first', async () => {
    const records = tricky.map((notes, i) =>
      makePushRecord({ data: makeFmrData({ notes, observed_at: `2026-11-20T0${i}:00:00+03:00` }) }),
    );
    await pushAll(records);
    const { res, text } = await exportCsv();
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parse(text) as string[][];
    expect(header?.slice(0, FMR_FIELDS.length + 1)).toEqual(['record_id', ...FMR_FIELDS]);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const record = records[i] as PushRecord & { data: FmrData };
      expect(row[0]).toBe(record.id);
      expect(row.slice(1, FMR_FIELDS.length + 1)).toEqual(FMR_FIELDS.map((f) => asCell(record.data[f])));
    });
    expect(text.includes('\r\n')).toBe(true);
  });

  it.each(['=SUM(A1:A9)', '+256 700', '-1+1', '@cmd', '\tindent', '\rreturn'])(
    'neutralises a cell starting like a formula: %j',
    async (notes) => {
      await pushAll([makePushRecord({ data: makeFmrData({ notes }) })]);
      const [, row] = parse((await exportCsv()).text) as string[][];
      expect(row?.[FMR_FIELDS.indexOf('notes') + 1]).toBe(`'${notes}`);
    },
  );

  it('adds a BOM and an HXL row on request', async () => {
    await pushAll([makePushRecord()]);
    const res = await server.app.request('/api/v1/exports/fmr.csv?bom=1&hxl=1', authed(admin));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, hxl, row] = parse(bytes, { bom: true }) as string[][];
    expect(header?.[0]).toBe('record_id');
    expect(hxl?.[0]).toBe('#meta+id');
    expect(hxl?.every((tag) => tag.startsWith('#'))).toBe(true);
    expect(row).toHaveLength(header?.length ?? -1);
  });

  it('filters by FMP and by the time the group was observed', async () => {
    const early = makePushRecord({ data: makeFmrData({ observed_at: '2026-11-19T23:30:00+03:00' }) });
    const late = makePushRecord({ data: makeFmrData({ observed_at: '2026-11-20T00:30:00+03:00' }) });
    const elsewhere = makePushRecord({ data: makeFmrData({ fmp: 'GOLI' }) });
    await pushAll([early, late, elsewhere]);
    const ids = async (q: string) => (parse((await exportCsv(q)).text) as string[][]).slice(1).map((r) => r[0]);
    expect(await ids('?fmp=GOLI')).toEqual([elsewhere.id]);
    expect(await ids(`?fmp=MPONDWE&from=${encodeURIComponent('2026-11-20T00:00:00+03:00')}`)).toEqual([late.id]);
    expect(await ids(`?fmp=MPONDWE&to=${encodeURIComponent('2026-11-20T00:00:00+03:00')}`)).toEqual([early.id]);
  });

  it('writes no BOM unless asked', async () => {
    const res = await server.app.request('/api/v1/exports/fmr.csv', authed(admin));
    expect(Buffer.from(await res.arrayBuffer())[0]).toBe('r'.charCodeAt(0));
  });

  it('answers an empty dataset with the header alone', async () => {
    expect(parse((await exportCsv()).text)).toHaveLength(1);
  });

  it('refuses a bad filter, an unknown export, a device and an anonymous caller', async () => {
    expect((await exportCsv('?from=yesterday')).res.status).toBe(400);
    expect((await server.app.request('/api/v1/exports/secret.csv', authed(admin))).status).toBe(404);
    expect((await exportCsv('', device.token)).res.status).toBe(403);
    expect((await server.app.request('/api/v1/exports/fmr.csv')).status).toBe(401);
  });

  it('is open to analysts for FMR', async () => {
    const analyst = await createStaff(server, 'analyst');
    expect((await exportCsv('', analyst)).res.status).toBe(200);
  });
});
