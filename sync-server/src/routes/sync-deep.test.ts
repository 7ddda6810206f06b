import { beforeEach, describe, expect, it } from 'vitest';
import { authed, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import type { PushResponse } from '../../../shared/push.ts';
import type { QuarantinePage } from '../../../shared/review.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

/** A record whose notes are arrays nested `depth` deep, written as text: JSON.stringify itself would overflow. */
function pushTextWithDeepNotes(good: unknown[], deep: { id: string }, depth: number): string {
  const text = JSON.stringify(makePushRequest(device.deviceId, [...good, deep]));
  return text.replace('"DEEP"', `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

function pushText(text: string) {
  return server.app.request('/api/v1/sync/push', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` },
    body: text,
  });
}

describe('a batch holding one record nested very deep', () => {
  it.each([3_000, 100_000])('accepts the valid records and rejects only the one nested %i deep', async (depth) => {
    const good = [makePushRecord(), makePushRecord()];
    const deep = makePushRecord({ data: makeFmrData({ notes: 'DEEP' }) });
    const res = await pushText(pushTextWithDeepNotes(good, deep, depth));
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as PushResponse;
    expect(results.slice(0, 2)).toEqual(good.map((r) => ({ id: r.id, status: 'accepted' })));
    expect(results[2]).toMatchObject({
      id: deep.id,
      status: 'rejected',
      errors: [{ code: 'too-deep', path: 'data.notes' }],
    });
    expect(await server.db.get('SELECT count(*) AS n FROM records')).toEqual({ n: 2 });
    expect(await server.db.all('SELECT record_id FROM record_quarantine')).toEqual([{ record_id: deep.id }]);
  });
});

describe('the quarantine page', () => {
  it('lists a record nested 10,000 deep as text, which JSON answers could not hold', async () => {
    const deep = makePushRecord({ data: makeFmrData({ notes: 'DEEP' }) });
    expect((await pushText(pushTextWithDeepNotes([], deep, 10_000))).status).toBe(200);
    const res = await server.app.request('/api/v1/quarantine', authed(admin));
    expect(res.status).toBe(200);
    const [item] = ((await res.json()) as QuarantinePage).items;
    expect(item).toMatchObject({ recordId: deep.id, body: null, truncated: false });
    expect(item?.bodyText).toContain('[[[');
  });
});
