import { beforeEach, describe, expect, it } from 'vitest';
import { authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { WebhookEvent } from '../../../shared/webhooks.ts';
import type { ConflictItem, QuarantineItem } from '../../../shared/review.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(async () => {
  ({ server, admin, device } = scene());
  const res = await server.app.request(
    '/api/v1/webhooks',
    jsonRequest('POST', { url: 'http://127.0.0.1:9/never-called', secret: 'sixteen chars or more' }, admin),
  );
  expect(res.status).toBe(201);
});

const post = (path: string, body: unknown) => server.app.request(`/api/v1${path}`, jsonRequest('POST', body, admin));
const get = async <T>(path: string) => (await (await server.app.request(`/api/v1${path}`, authed(admin))).json()) as T;

/** What waits to be sent, in the order it will go. */
async function queued(): Promise<WebhookEvent[]> {
  const rows = await server.db.all<{ payload: string }>('SELECT payload FROM webhook_deliveries ORDER BY id');
  return rows.map((row) => WebhookEvent.parse(JSON.parse(row.payload)));
}

describe('the events queued for a webhook', () => {
  it('hold a pushed record as the API answers it, and nothing for a duplicate or a rejected one', async () => {
    const record = makePushRecord();
    const rejected = makePushRecord({ data: makeFmrData({ males_18_59: 2, pregnant_lactating: 9 }) });
    await pushRecords(server, device, [record, rejected]);
    await pushRecords(server, device, [record]);
    const [event, ...more] = await queued();
    expect(more).toEqual([]);
    expect(event).toEqual({
      id: `${record.id}:1`,
      type: 'record.accepted',
      record: (await get<{ record: unknown }>(`/records/${record.id}`)).record,
    });
  });

  it('hold a record an officer accepts from the quarantine, with who accepted it', async () => {
    const bad = makePushRecord({ data: makeFmrData({ males_18_59: 2, pregnant_lactating: 9 }) });
    await pushRecords(server, device, [bad]);
    const { items } = await get<{ items: QuarantineItem[] }>('/quarantine');
    await post(`/quarantine/${items[0]?.id}/resolve`, {
      action: 'accept',
      comment: 'one, said the enumerator',
      data: { ...bad.data, pregnant_lactating: 1 },
    });
    expect(await queued()).toMatchObject([
      { id: `${bad.id}:1`, type: 'record.accepted', record: { revisedBy: 'admin', data: { pregnant_lactating: 1 } } },
    ]);
  });

  it('hold a conflict resolved with the incoming content as a revision, after the record it revises', async () => {
    const stored = makePushRecord({ data: makeFmrData({ notes: 'first' }) });
    await pushRecords(server, device, [stored, { ...stored, data: makeFmrData({ notes: 'second' }) }]);
    const { conflicts } = await get<{ conflicts: ConflictItem[] }>('/conflicts');
    await post(`/conflicts/${conflicts[0]?.id}/resolve`, { action: 'use-incoming', comment: 'the second is right' });
    expect(await queued()).toMatchObject([
      { id: `${stored.id}:1`, type: 'record.accepted', record: { data: { notes: 'first' } } },
      { id: `${stored.id}:2`, type: 'record.revised', record: { revision: 2, data: { notes: 'second' } } },
    ]);
  });

  it('are not made by approving or flagging a record', async () => {
    const record = makePushRecord();
    await pushRecords(server, device, [record]);
    await post(`/records/${record.id}/approve`, {});
    expect(await queued()).toHaveLength(1);
  });
});
