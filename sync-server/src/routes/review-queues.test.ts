import { beforeEach, describe, expect, it } from 'vitest';
import { jsonRequest, authed, type TestServer } from '../testing/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../testing/device-scene.ts';
import { pushRecords } from '../testing/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test-fixtures.ts';
import type { RecordDetail } from '../../../shared/records.ts';
import type { ConflictItem, QuarantineItem } from '../../../shared/review.ts';

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
    const resolved = await post<ConflictItem>(`/conflicts/${conflict?.id}/resolve`, { action: 'keep-stored', comment: 'tablet replay' });
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
    expect((await post(`/conflicts/${conflict?.id}/resolve`, { action: 'keep-stored', comment: 'ok' })).status).toBe(409);
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
    const resolved = await post<QuarantineItem>(`/quarantine/${item?.id}/resolve`, { action: 'dismiss', comment: 'test entry' });
    expect(resolved.body.resolution).toBe('dismissed');
    expect((await get<{ items: QuarantineItem[] }>('/quarantine?state=resolved')).items).toHaveLength(1);
  });

  it('accepts an item with the data fixed by the officer, and refuses it still broken', async () => {
    const { bad, item } = await quarantine();
    const still = await post<{ error: { code: string } }>(`/quarantine/${item?.id}/resolve`, { action: 'accept', comment: 'as is' });
    expect(still.status).toBe(400);
    const fixed = { ...bad.data, pregnant_lactating: 1 };
    const accepted = await post(`/quarantine/${item?.id}/resolve`, { action: 'accept', comment: 'called the enumerator: one', data: fixed });
    expect(accepted.status).toBe(200);
    const detail = await get<RecordDetail>(`/records/${bad.id}`);
    expect(detail.record).toMatchObject({ revisedBy: 'admin', revisionReason: 'called the enumerator: one' });
    expect(detail.record.data.pregnant_lactating).toBe(1);
  });
});
