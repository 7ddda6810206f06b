import { beforeEach, describe, expect, it } from 'vitest';
import { jsonRequest, authed, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import type { RecordDetail, RecordsPage } from '../../../shared/records.ts';
import { AGGREGATE_MEASURES, type AggregatesResponse } from '../../../shared/aggregates.ts';
import type { PushRecord } from '../../../shared/push.ts';
import type { ConflictItem, ConflictPage, QuarantineItem, QuarantinePage } from '../../../shared/review.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

const get = async <T>(path: string) => (await (await server.app.request(`/api/v1${path}`, authed(admin))).json()) as T;
const post = async <T>(path: string, body: unknown) => {
  const res = await server.app.request(`/api/v1${path}`, jsonRequest('POST', body, admin));
  return { status: res.status, body: (await res.json()) as T };
};

async function makeConflict() {
  const stored = makePushRecord({ data: makeFmrData({ notes: 'first' }) });
  await pushRecords(server, device, [stored, { ...stored, data: makeFmrData({ notes: 'second' }) }]);
  const { conflicts } = await get<{ conflicts: ConflictItem[] }>('/conflicts');
  return { stored, conflict: conflicts[0] };
}

describe('the conflict queue', () => {
  it('lists a conflict with the stored and incoming content', async () => {
    const { stored, conflict } = await makeConflict();
    expect(conflict).toMatchObject({ recordId: stored.id, deviceId: device.deviceId, resolution: null });
    expect(conflict?.stored?.notes).toBe('first');
  });

  it('keeps the stored record and closes the conflict', async () => {
    const { stored, conflict } = await makeConflict();
    const resolved = await post<ConflictItem>(`/conflicts/${conflict?.id}/resolve`, {
      action: 'keep-stored',
      comment: 'tablet replay',
    });
    expect(resolved.body).toMatchObject({ resolution: 'keep-stored', resolvedBy: 'admin' });
    expect((await get<{ conflicts: ConflictItem[] }>('/conflicts')).conflicts).toHaveLength(0);
    expect((await get<RecordDetail>(`/records/${stored.id}`)).record.data.notes).toBe('first');
  });

  it('uses the incoming content as a new revision, the stored one kept', async () => {
    const { stored, conflict } = await makeConflict();
    await post(`/conflicts/${conflict?.id}/resolve`, { action: 'use-incoming', comment: 'the second is right' });
    const detail = await get<RecordDetail>(`/records/${stored.id}`);
    expect(detail.record).toMatchObject({ revision: 2, revisionReason: 'the second is right' });
    expect(detail.record.data.notes).toBe('second');
    expect(detail.pastRevisions[0]?.data.notes).toBe('first');
  });

  it('refuses to resolve twice', async () => {
    const { conflict } = await makeConflict();
    await post(`/conflicts/${conflict?.id}/resolve`, { action: 'keep-stored', comment: 'ok' });
    expect((await post(`/conflicts/${conflict?.id}/resolve`, { action: 'keep-stored', comment: 'ok' })).status).toBe(
      409,
    );
  });
});

describe('the quarantine queue', () => {
  async function quarantine() {
    const bad = makePushRecord({ data: makeFmrData({ males_18_59: 2, pregnant_lactating: 9 }) });
    await pushRecords(server, device, [bad]);
    const { items } = await get<{ items: QuarantineItem[] }>('/quarantine');
    return { bad, item: items[0] };
  }

  it('lists a rejected record with its errors', async () => {
    const { bad, item } = await quarantine();
    expect(item).toMatchObject({ recordId: bad.id, resolution: null });
    expect(item?.errors.map((e) => e.code)).toContain('pregnant-exceeds-females');
  });

  it('dismisses an item', async () => {
    const { item } = await quarantine();
    const resolved = await post<QuarantineItem>(`/quarantine/${item?.id}/resolve`, {
      action: 'dismiss',
      comment: 'test entry',
    });
    expect(resolved.body.resolution).toBe('dismissed');
    expect((await get<{ items: QuarantineItem[] }>('/quarantine?state=resolved')).items).toHaveLength(1);
  });

  it('accepts an item with the data fixed by the officer, and refuses it still broken', async () => {
    const { bad, item } = await quarantine();
    const still = await post<{ error: { code: string } }>(`/quarantine/${item?.id}/resolve`, {
      action: 'accept',
      comment: 'as is',
    });
    expect(still.status).toBe(400);
    const fixed = { ...bad.data, pregnant_lactating: 1 };
    const accepted = await post(`/quarantine/${item?.id}/resolve`, {
      action: 'accept',
      comment: 'called the enumerator: one',
      data: fixed,
    });
    expect(accepted.status).toBe(200);
    const detail = await get<RecordDetail>(`/records/${bad.id}`);
    expect(detail.record).toMatchObject({ revisedBy: 'admin', revisionReason: 'called the enumerator: one' });
    expect(detail.record.data.pregnant_lactating).toBe(1);
  });

  it('counts an accepted item in the aggregates exactly as an accepted push counts the same data', async () => {
    const { bad, item } = await quarantine();
    const fixed = { ...bad.data, pregnant_lactating: 1 };
    await post(`/quarantine/${item?.id}/resolve`, {
      action: 'accept',
      comment: 'called the enumerator: one',
      data: fixed,
    });
    const afterAccept = (await get<AggregatesResponse>('/aggregates?by=day')).rows;
    await pushRecords(server, device, [makePushRecord({ data: fixed })]);
    const afterPush = (await get<AggregatesResponse>('/aggregates?by=day')).rows;
    expect(afterAccept).toHaveLength(1);
    expect(afterAccept[0]?.records).toBe(1);
    const doubled = Object.fromEntries(AGGREGATE_MEASURES.map((m) => [m, 2 * (afterAccept[0]?.[m] ?? 0)]));
    expect(afterPush).toEqual([{ ...afterAccept[0], ...doubled }]);
  });

  it('refuses to accept an item whose device and seq another record took since, and changes nothing', async () => {
    const { bad, item } = await quarantine();
    await pushRecords(server, device, [makePushRecord({ seq: bad.seq })]);
    const before = {
      aggregates: await get<AggregatesResponse>('/aggregates?by=day'),
      records: await get<RecordsPage>('/records'),
    };
    const fixed = { ...bad.data, pregnant_lactating: 1 };
    const request = { action: 'accept', comment: 'called the enumerator: one', data: fixed };
    const refused = await post<{ error: { code: string } }>(`/quarantine/${item?.id}/resolve`, request);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'record-exists' } } });
    expect(await get<AggregatesResponse>('/aggregates?by=day')).toEqual(before.aggregates);
    expect(await get<RecordsPage>('/records')).toEqual(before.records);
    expect((await get<{ items: QuarantineItem[] }>('/quarantine')).items[0]?.resolution).toBeNull();
  });
});

/** Pushes in batches the server accepts (at most 1000 records a push). */
async function pushAll(records: PushRecord[]) {
  for (let start = 0; start < records.length; start += 1000)
    await pushRecords(server, device, records.slice(start, start + 1000));
}

interface Listed {
  id: number;
  label: string;
}

const QUEUES = [
  {
    name: 'conflicts',
    path: '/conflicts',
    /** Puts `count` items in the queue; answers a label for each, in the order they came in. */
    async fill(count: number) {
      const stored = makePushRecord();
      const notes = Array.from({ length: count }, (_, i) => `variant ${i}`);
      await pushAll([stored, ...notes.map((n) => ({ ...stored, data: makeFmrData({ notes: n }) }))]);
      return notes;
    },
    listed: (page: unknown): Listed[] =>
      (page as ConflictPage).conflicts.map((c) => ({ id: c.id, label: String((c.incoming as PushRecord).data.notes) })),
    resolution: { action: 'keep-stored', comment: 'tablet replay' },
  },
  {
    name: 'quarantine',
    path: '/quarantine',
    async fill(count: number) {
      const bad = Array.from({ length: count }, () => makePushRecord({ data: makeFmrData({ pregnant_lactating: 9 }) }));
      await pushAll(bad);
      return bad.map((r) => r.id);
    },
    listed: (page: unknown): Listed[] =>
      (page as QuarantinePage).items.map((q) => ({ id: q.id, label: q.recordId ?? '' })),
    resolution: { action: 'dismiss', comment: 'test entry' },
  },
];
type Queue = (typeof QUEUES)[number];

/** Follows `nextCursor` from the first page until it is null. */
async function walk(queue: Queue, query: string) {
  const listed: Listed[] = [];
  for (let pages = 1, cursor = ''; pages <= 100; pages += 1) {
    const page = await get<{ nextCursor: string | null }>(`${queue.path}?${query}${cursor && `&cursor=${cursor}`}`);
    listed.push(...queue.listed(page));
    if (page.nextCursor === null) return { listed, labels: listed.map((l) => l.label), pages };
    cursor = page.nextCursor;
  }
  throw new Error(`${queue.path}?${query}: still a next page after 100`);
}

describe.each(QUEUES)('paging the $name queue', (queue) => {
  it('walks every open, then every resolved item exactly once, oldest first', async () => {
    const labels = await queue.fill(9);
    const all = await walk(queue, 'limit=2');
    expect(all).toMatchObject({ labels, pages: 5 });
    const resolved = all.listed.filter((_, i) => i % 2 === 0);
    for (const item of resolved)
      expect((await post(`${queue.path}/${item.id}/resolve`, queue.resolution)).status).toBe(200);
    expect(await walk(queue, 'state=open&limit=2')).toMatchObject({
      labels: labels.filter((_, i) => i % 2 === 1),
      pages: 2,
    });
    expect(await walk(queue, 'state=resolved&limit=2')).toMatchObject({
      labels: labels.filter((_, i) => i % 2 === 0),
      pages: 3,
    });
  });

  it('goes on after the last item of a page even once that item is resolved', async () => {
    const labels = await queue.fill(4);
    const first = await get<{ nextCursor: string }>(`${queue.path}?limit=2`);
    const last = queue.listed(first).at(-1);
    await post(`${queue.path}/${last?.id}/resolve`, queue.resolution);
    const second = await get(`${queue.path}?limit=2&cursor=${first.nextCursor}`);
    expect(queue.listed(second).map((l) => l.label)).toEqual(labels.slice(2));
  });

  it('shows every item past the 1000 the list used to stop at', async () => {
    const labels = await queue.fill(1001);
    expect(await walk(queue, '')).toMatchObject({ labels, pages: 11 });
  });

  it.each(['cursor=nonsense', 'cursor=-1', 'cursor=', 'limit=0', 'limit=501', 'limit=ten', 'state=lost'])(
    'refuses a bad query: %s',
    async (query) => {
      const res = await server.app.request(`/api/v1${queue.path}?${query}`, authed(admin));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-query');
    },
  );
});
