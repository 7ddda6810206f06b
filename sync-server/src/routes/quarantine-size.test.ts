import { beforeEach, describe, expect, it } from 'vitest';
import { jsonRequest, authed, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import type { QuarantineItem, QuarantinePage } from '../../../shared/review.ts';
import { canonicalJson, contentHash } from '../ingest/canonical-json.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

const get = async <T>(path: string) => (await (await server.app.request(`/api/v1${path}`, authed(admin))).json()) as T;

/** A rejected record (notes far over their limit) whose JSON is about `bytes` long. */
const bigRejected = (bytes: number) => makePushRecord({ data: makeFmrData({ notes: 'é'.repeat(bytes / 2) }) });

describe('what quarantine keeps of a large rejected record', () => {
  it('keeps 64 KiB of its JSON, with the whole size and hash, marked truncated', async () => {
    const record = bigRejected(1_000_000);
    await pushRecords(server, device, [record]);
    const row = (await server.db.get('SELECT body, body_hash, body_bytes, body_truncated FROM record_quarantine')) as {
      body: string;
      body_hash: string;
      body_bytes: number;
      body_truncated: number;
    };
    const whole = canonicalJson(record);
    expect(Buffer.byteLength(row.body)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(row.body)).toBeGreaterThan(64 * 1024 - 4);
    expect(whole.startsWith(row.body)).toBe(true);
    expect(row).toMatchObject({
      body_hash: contentHash(record),
      body_bytes: Buffer.byteLength(whole),
      body_truncated: 1,
    });

    const [item] = (await get<QuarantinePage>('/quarantine')).items;
    expect(item).toMatchObject({
      recordId: record.id,
      body: null,
      truncated: true,
      bodyBytes: Buffer.byteLength(whole),
    });
    expect(item?.bodyText).toBe(row.body);
    expect(item?.errors.map((e) => e.code)).toEqual(['too-long']);
  });

  it('keeps a small rejected record whole', async () => {
    const record = makePushRecord({ data: makeFmrData({ males_18_59: 2, pregnant_lactating: 9 }) });
    await pushRecords(server, device, [record]);
    const [item] = (await get<QuarantinePage>('/quarantine')).items;
    expect(item).toMatchObject({
      body: record,
      bodyText: null,
      truncated: false,
      bodyBytes: Buffer.byteLength(canonicalJson(record)),
    });
  });

  it('refuses to accept a truncated record, which can still be dismissed', async () => {
    await pushRecords(server, device, [bigRejected(200_000)]);
    const [item] = (await get<QuarantinePage>('/quarantine')).items;
    const resolve = (action: string) =>
      server.app.request(
        `/api/v1/quarantine/${item?.id}/resolve`,
        jsonRequest('POST', { action, comment: 'checked', data: { notes: '' } }, admin),
      );
    const accepted = await resolve('accept');
    expect(accepted.status).toBe(400);
    expect(((await accepted.json()) as { error: { code: string } }).error.code).toBe('body-truncated');
    expect(((await (await resolve('dismiss')).json()) as QuarantineItem).resolution).toBe('dismissed');
  });
});

describe('paging the quarantine', () => {
  it('ends a page once its items pass 1 MiB, and the next page goes on from there', async () => {
    const records = Array.from({ length: 40 }, () => bigRejected(100_000));
    await pushRecords(server, device, records);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await server.app.request(`/api/v1/quarantine${cursor ? `?cursor=${cursor}` : ''}`, authed(admin));
      const text = await res.text();
      sizes.push(Buffer.byteLength(text));
      const page = JSON.parse(text) as QuarantinePage;
      seen.push(...page.items.map((item) => item.recordId ?? ''));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(records.map((r) => r.id));
    expect(sizes.length).toBeGreaterThan(2);
    for (const size of sizes) expect(size).toBeLessThan(1024 * 1024 + 80 * 1024);
  });
});
