import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { jsonRequest, authed, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushFromTheirFmps, pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import type { RecordDetail, RecordsPage, StoredRecord } from '../../../shared/records.ts';
import type { AuditEntry } from '../../../shared/review.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

const get = async <T>(path: string) => {
  const res = await server.app.request(`/api/v1${path}`, authed(admin));
  return { status: res.status, body: (await res.json()) as T };
};
const post = async <T>(path: string, body: unknown) => {
  const res = await server.app.request(`/api/v1${path}`, jsonRequest('POST', body, admin));
  return { status: res.status, body: (await res.json()) as T };
};

const at = (hour: number) => `2026-11-20T${String(hour).padStart(2, '0')}:00:00+03:00`;

describe('GET /api/v1/records', () => {
  it('pages newest first with a keyset cursor, without repeating or skipping a record', async () => {
    const records = [1, 2, 3, 4, 5].map((h) => makePushRecord({ data: makeFmrData({ observed_at: at(h) }) }));
    await pushRecords(server, device, records);
    const first = await get<RecordsPage>('/records?limit=2');
    const second = await get<RecordsPage>(`/records?limit=2&cursor=${first.body.nextCursor}`);
    const third = await get<RecordsPage>(`/records?limit=2&cursor=${second.body.nextCursor}`);
    const ids = [...first.body.records, ...second.body.records, ...third.body.records].map((r) => r.id);
    expect(ids).toEqual(records.map((r) => r.id).reverse());
    expect(third.body.nextCursor).toBeNull();
  });

  it.each([
    ['form=fms', 0],
    ['form=fmr', 3],
    ['fmp=GOLI', 1],
    [`from=${encodeURIComponent(at(2))}`, 2],
    [`to=${encodeURIComponent(at(2))}`, 1],
    ['hasWarnings=true', 1],
    ['hasWarnings=false', 2],
    ['state=new', 3],
    ['state=approved', 0],
  ])('filters with %s', async (query, count) => {
    await pushFromTheirFmps(server, [
      makePushRecord({ data: makeFmrData({ observed_at: at(1) }) }),
      makePushRecord({ data: makeFmrData({ observed_at: at(2), fmp: 'GOLI' }) }),
      // Incoming, bound for Kenya: the direction warning.
      makePushRecord({
        data: makeFmrData({
          observed_at: at(3),
          destination_country: 'KEN',
          destination_admin1: null,
          destination_admin2: null,
        }),
      }),
    ]);
    const { status, body } = await get<RecordsPage>(`/records?${query}`);
    expect(status).toBe(200);
    expect(body.records).toHaveLength(count);
  });

  it.each(['cursor=nonsense', 'from=yesterday', 'state=lost', 'limit=0'])('refuses a bad query: %s', async (query) => {
    const { status, body } = await get<{ error: { code: string } }>(`/records?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toMatch(/^invalid-(query|cursor)$/);
  });
});

describe('reviewing a record', () => {
  let record: ReturnType<typeof makePushRecord>;
  beforeEach(async () => {
    record = makePushRecord({ data: makeFmrData({ males_18_59: 2, notes: 'typed on the tablet' }) });
    await pushRecords(server, device, [record]);
  });

  it('approves and flags with a comment, each written to the audit log', async () => {
    expect((await post<StoredRecord>(`/records/${record.id}/approve`, {})).body.state).toBe('approved');
    const flagged = await post<StoredRecord>(`/records/${record.id}/flag`, { comment: 'group counted twice?' });
    expect(flagged.body).toMatchObject({
      state: 'flagged',
      reviewComment: 'group counted twice?',
      reviewedBy: 'admin',
    });
    const audit = await get<{ entries: AuditEntry[] }>('/audit');
    expect(audit.body.entries.slice(0, 2).map((e) => [e.action, e.target, e.username])).toEqual([
      ['record.flag', `record:${record.id}`, 'admin'],
      ['record.approve', `record:${record.id}`, 'admin'],
    ]);
  });

  it('refuses a flag without a comment', async () => {
    expect((await post(`/records/${record.id}/flag`, { comment: ' ' })).status).toBe(400);
  });

  it('corrects a field with a reason as a new revision, keeps the old one, audits it and exports the new value', async () => {
    const corrected = await post<StoredRecord>(`/records/${record.id}/corrections`, {
      changes: { males_18_59: 3 },
      reason: 'tablet typo: three men',
      baseRevision: 1,
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({
      revision: 2,
      state: 'corrected',
      revisedBy: 'admin',
      revisionReason: 'tablet typo: three men',
    });
    expect(corrected.body.data.males_18_59).toBe(3);

    const detail = await get<RecordDetail>(`/records/${record.id}`);
    expect(detail.body.pastRevisions).toHaveLength(1);
    expect(detail.body.pastRevisions[0]).toMatchObject({ revision: 1, revisedBy: null, revisionReason: null });
    expect(detail.body.pastRevisions[0]?.data).toEqual(record.data);

    const [entry] = (await get<{ entries: AuditEntry[] }>('/audit?action=record.correct')).body.entries;
    expect(entry).toMatchObject({ username: 'admin', target: `record:${record.id}` });
    expect(entry?.details).toMatchObject({
      fromRevision: 1,
      toRevision: 2,
      reason: 'tablet typo: three men',
      changes: { males_18_59: 3 },
    });

    const csv = await (await server.app.request('/api/v1/exports/fmr.csv', authed(admin))).text();
    const [header, row] = parse(csv) as string[][];
    expect(row?.[header?.indexOf('males_18_59') ?? -1]).toBe('3');
    expect(row?.[header?.indexOf('revision') ?? -1]).toBe('2');
  });

  it('still answers duplicate when the device re-sends the corrected record', async () => {
    await post(`/records/${record.id}/corrections`, {
      changes: { notes: 'fixed' },
      reason: 'why not',
      baseRevision: 1,
    });
    const [result] = await pushRecords(server, device, [record]);
    expect(result?.status).toBe('duplicate');
  });

  it('refuses a correction that breaks the form, or made on an old revision', async () => {
    const broken = await post<{ error: { code: string; details: { code: string }[] } }>(
      `/records/${record.id}/corrections`,
      {
        changes: { males_18_59: -1 },
        reason: 'oops',
        baseRevision: 1,
      },
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid-correction');
    await post(`/records/${record.id}/corrections`, { changes: { notes: 'first' }, reason: 'one', baseRevision: 1 });
    const stale = await post<{ error: { code: string } }>(`/records/${record.id}/corrections`, {
      changes: { notes: 'second' },
      reason: 'two',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('revision-changed');
  });

  it('answers 404 for an unknown record', async () => {
    expect((await get('/records/nope')).status).toBe(404);
    expect((await post('/records/nope/approve', {})).status).toBe(404);
  });
});
