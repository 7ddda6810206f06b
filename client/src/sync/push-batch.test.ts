import { describe, expect, it } from 'vitest';
import type { FmpDatabase } from '../db/database.ts';
import { acceptAll, fakeFetch, idOf, jsonResponse, pushReply } from '../../test/support/fake-fetch.ts';
import { freshDatabase, queueRecords } from '../../test/support/fixtures.ts';
import { PUSH_PATH, pushBatch } from './push-batch.ts';

const device = { deviceId: 'device-1', token: 'secret-token', fmp: 'MPONDWE' };
const now = (): Date => new Date('2024-05-01T08:00:00Z');

function deps(db: FmpDatabase, fetchFn: typeof fetch) {
  return { db, fetch: fetchFn, device, appVersion: '0.1.0', storagePersisted: true, now };
}

describe('pushBatch', () => {
  it('posts the queued records to the push endpoint with the device token', async () => {
    const db = freshDatabase();
    const ids = await queueRecords(db, 2);
    const { fetch, calls } = fakeFetch(acceptAll);
    await pushBatch(deps(db, fetch));
    expect(calls[0]?.url).toBe(PUSH_PATH);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.body.records.map(idOf)).toEqual(ids);
    expect(calls[0]?.body.outbox.pending).toBe(2);
  });

  it('sends at most one batch, oldest seq first', async () => {
    const db = freshDatabase();
    const ids = await queueRecords(db, 5);
    const { fetch, calls } = fakeFetch(acceptAll);
    const outcome = await pushBatch(deps(db, fetch), 2);
    expect(outcome).toMatchObject({ kind: 'pushed', sent: 2, acknowledged: 2 });
    expect(calls[0]?.body.records.map(idOf)).toEqual(ids.slice(0, 2));
    expect(await db.outbox.count()).toBe(3);
  });

  it('reports the FMP the server now gives the device, so a moved tablet can take it', async () => {
    const db = freshDatabase();
    const [id = ''] = await queueRecords(db, 1);
    const { fetch } = fakeFetch(
      jsonResponse({ results: [{ id, status: 'accepted' }], serverTime: '2024-05-01T08:00:00Z', fmp: 'GOLI' }),
    );
    expect(await pushBatch(deps(db, fetch))).toMatchObject({ kind: 'pushed', fmp: 'GOLI' });
  });

  it('does not call the server when nothing is queued', async () => {
    const { fetch, calls } = fakeFetch();
    expect(await pushBatch(deps(freshDatabase(), fetch))).toEqual({ kind: 'empty' });
    expect(calls).toHaveLength(0);
  });

  it('keeps the ids the response does not mention in the outbox', async () => {
    const db = freshDatabase();
    const [first = '', second = ''] = await queueRecords(db, 2);
    const { fetch } = fakeFetch(pushReply([{ id: first, status: 'accepted' }]));
    expect(await pushBatch(deps(db, fetch))).toMatchObject({ acknowledged: 1 });
    expect((await db.outbox.toArray()).map((row) => row.id)).toEqual([second]);
  });

  it.each([
    ['a network failure', new TypeError('Failed to fetch'), { kind: 'offline' }],
    [
      'a 503',
      jsonResponse({ error: { code: 'unavailable', message: '' } }, 503),
      { kind: 'server-error', status: 503 },
    ],
    ['a 200 that is not a push response', new Response('<html>portal</html>'), { kind: 'server-error', status: 200 }],
    ['a 401', jsonResponse({ error: { code: 'unauthorized', message: '' } }, 401), { kind: 'revoked' }],
    ['a 429', jsonResponse({}, 429, { 'retry-after': '30' }), { kind: 'rate-limited', retryAfterMs: 30_000 }],
  ])('keeps every record queued after %s', async (_name, reply, expected) => {
    const db = freshDatabase();
    await queueRecords(db, 2);
    const { fetch } = fakeFetch(reply);
    expect(await pushBatch(deps(db, fetch))).toEqual(expected);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.records.where('state').equals('waiting').count()).toBe(2);
  });
});
