import { describe, expect, it, vi } from 'vitest';
import type { FmpDatabase } from '../db/database.ts';
import { fakeClock } from '../../test/support/fake-clock.ts';
import { acceptAll, fakeFetch, jsonResponse } from '../../test/support/fake-fetch.ts';
import { freshDatabase, queueRecords } from '../../test/support/fixtures.ts';
import { pushBatch, type BatchOutcome } from './push-batch.ts';
import { BACKOFF_BASE_MS } from './retry-delay.ts';
import { SYNC_INTERVAL_MS, createSyncEngine, type SyncEngine } from './sync-engine.ts';
import { reportStatus } from './report-status.ts';

const device = { deviceId: 'device-1', token: 'secret-token', fmp: 'MPONDWE' };

function setup(db: FmpDatabase, fetchFn: typeof fetch, batchSize?: number) {
  const clock = fakeClock();
  const events = new EventTarget();
  const engine = createSyncEngine({
    push: () => pushBatch({ db, fetch: fetchFn, device, appVersion: '0.1.0', storagePersisted: true }, batchSize),
    now: clock.now,
    random: () => 1,
    later: clock.later,
    every: clock.every,
    events,
  });
  return { clock, events, engine };
}

/** A sync starts at once when a timer or event fires it; this waits until it has ended (at once when none started). */
const syncEnded = (engine: SyncEngine): Promise<void> =>
  vi.waitFor(() => expect(engine.status().phase).not.toBe('syncing'), { interval: 1 });

describe('the sync engine', () => {
  it('never runs two pushes at once', async () => {
    const pending: (() => void)[] = [];
    const engine = createSyncEngine({
      push: () => new Promise<BatchOutcome>((resolve) => pending.push(() => resolve({ kind: 'empty' }))),
    });
    const first = engine.sync('manual');
    const second = engine.sync('online');
    expect(engine.status().phase).toBe('syncing');
    expect(pending).toHaveLength(1);
    pending.forEach((release) => release());
    expect(await first).toBe(await second);
  });

  it('drains an outbox larger than one batch in a single sync', async () => {
    const db = freshDatabase();
    await queueRecords(db, 5);
    const { fetch, calls } = fakeFetch();
    const { engine } = setup(db, fetch, 2);
    const status = await engine.sync('manual');
    expect(calls.map((c) => c.body.records.length)).toEqual([2, 2, 1]);
    expect(await db.outbox.count()).toBe(0);
    expect(status).toMatchObject({ phase: 'idle', problem: null, lastSyncAt: '2024-05-01T08:00:00.000Z' });
  });

  it('keeps the records after a network failure and retries after the backoff', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch, calls } = fakeFetch(new TypeError('Failed to fetch'), acceptAll);
    const { engine, clock } = setup(db, fetch);
    expect(await engine.sync('start')).toMatchObject({ phase: 'retrying', problem: 'offline' });
    expect(await db.outbox.count()).toBe(1);
    expect(clock.pendingDelays()).toEqual([BACKOFF_BASE_MS]);

    clock.advance(BACKOFF_BASE_MS);
    await syncEnded(engine);
    expect(calls).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
    expect(engine.status().phase).toBe('idle');
  });

  it('waits twice as long after each consecutive server error', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const failing = () => jsonResponse({ error: { code: 'unavailable', message: '' } }, 503);
    const { fetch } = fakeFetch(failing(), failing(), failing());
    const { engine, clock } = setup(db, fetch);
    const delays: number[] = [];
    await engine.sync('start');
    for (let i = 0; i < 3; i += 1) {
      const [delay = 0] = clock.pendingDelays();
      delays.push(delay);
      clock.advance(delay);
      await syncEnded(engine);
    }
    expect(delays).toEqual([BACKOFF_BASE_MS, BACKOFF_BASE_MS * 2, BACKOFF_BASE_MS * 4]);
  });

  it('honours Retry-After on 429, even when the button is pressed', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch, calls } = fakeFetch(jsonResponse({}, 429, { 'retry-after': '300' }), acceptAll);
    const { engine, clock } = setup(db, fetch);
    const status = await engine.sync('start');
    expect(status).toMatchObject({ phase: 'retrying', problem: 'rate-limited', nextAttemptAt: clock.now() + 300_000 });

    clock.advance(299_000);
    await engine.sync('manual');
    expect(calls).toHaveLength(1);

    clock.advance(1_000);
    await syncEnded(engine);
    expect(calls).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('lets the interval wait out a backoff but tries at once when the device comes online', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const offline = () => new TypeError('Failed to fetch');
    const { fetch, calls } = fakeFetch(offline(), offline(), offline(), offline(), offline(), acceptAll);
    const { engine, clock, events } = setup(db, fetch);
    engine.start();
    await syncEnded(engine);
    for (let i = 0; i < 4; i += 1) {
      clock.advance(clock.pendingDelays()[0] ?? 0);
      await syncEnded(engine);
    }
    const before = calls.length;
    expect(clock.pendingDelays()[0]).toBeGreaterThan(SYNC_INTERVAL_MS);
    clock.advance(SYNC_INTERVAL_MS);
    await syncEnded(engine);
    expect(calls).toHaveLength(before);

    events.dispatchEvent(new Event('online'));
    await syncEnded(engine);
    expect(calls).toHaveLength(before + 1);
    engine.stop();
  });

  it('stops syncing on its own once the device is revoked', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch, calls } = fakeFetch(jsonResponse({ error: { code: 'unauthorized', message: '' } }, 401));
    const { engine, clock } = setup(db, fetch);
    engine.start();
    await syncEnded(engine);
    expect(engine.status().phase).toBe('revoked');
    clock.advance(SYNC_INTERVAL_MS * 3);
    await syncEnded(engine);
    expect(calls).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
    engine.stop();
  });

  it('reports how many of the queued records have been sent, batch by batch', async () => {
    const db = freshDatabase();
    await queueRecords(db, 5);
    const { fetch } = fakeFetch();
    const clock = fakeClock();
    const engine = createSyncEngine({
      push: () => pushBatch({ db, fetch, device, appVersion: '0.1.0', storagePersisted: true }, 2),
      pending: () => db.outbox.count(),
      now: clock.now,
    });
    const seen: string[] = [];
    engine.subscribe((status) => status.progress && seen.push(`${status.progress.sent}/${status.progress.total}`));
    const status = await engine.sync('manual');
    expect(seen).toEqual(['0/5', '2/5', '4/5', '5/5']);
    expect(status.progress).toBeNull();
  });

  it('measures how far the tablet clock is from the server’s time in each answer', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch } = fakeFetch();
    const serverTime = Date.parse('2024-05-01T08:00:00Z');
    const engine = createSyncEngine({
      push: () => pushBatch({ db, fetch, device, appVersion: '0.1.0', storagePersisted: true }),
      now: () => serverTime + 25 * 60_000,
    });
    expect((await engine.sync('manual')).clockSkewMs).toBe(25 * 60_000);
  });
});

describe('the sync engine’s outbox report', () => {
  function reporting(db: FmpDatabase, fetchFn: typeof fetch, batchSize?: number) {
    const deps = { db, fetch: fetchFn, device, appVersion: '0.1.0', storagePersisted: true };
    return createSyncEngine({ push: () => pushBatch(deps, batchSize), report: () => reportStatus(deps) });
  }

  it('tells the server the outbox is empty after a sync that had nothing to send', async () => {
    const { fetch, calls, reports } = fakeFetch();
    await reporting(freshDatabase(), fetch).sync('interval');
    expect(calls).toHaveLength(0);
    expect(reports).toEqual([
      { outbox: { pending: 0, oldestPendingAt: null }, client: { appVersion: '0.1.0', storagePersisted: true } },
    ]);
  });

  it('reports the outbox as it is after the last batch, not as the pushes saw it', async () => {
    const db = freshDatabase();
    await queueRecords(db, 3);
    const { fetch, calls, reports } = fakeFetch();
    await reporting(db, fetch, 2).sync('manual');
    expect(calls.map((c) => c.body.outbox.pending)).toEqual([3, 1]);
    expect(reports.map((r) => r.outbox)).toEqual([{ pending: 0, oldestPendingAt: null }]);
  });

  it('reports what is still waiting when the server refused the push', async () => {
    const db = freshDatabase();
    await queueRecords(db, 2);
    const { fetch, reports } = fakeFetch(jsonResponse({ error: { code: 'invalid-request', message: '' } }, 400));
    await reporting(db, fetch).sync('manual');
    expect(reports.map((r) => r.outbox.pending)).toEqual([2]);
  });

  it('sends no report while offline, revoked or told to wait', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch, reports } = fakeFetch(new TypeError('Failed to fetch'));
    await reporting(db, fetch).sync('manual');
    const revoked = fakeFetch(jsonResponse({}, 401));
    await reporting(db, revoked.fetch).sync('manual');
    const limited = fakeFetch(jsonResponse({}, 429, { 'retry-after': '60' }));
    await reporting(db, limited.fetch).sync('manual');
    expect([...reports, ...revoked.reports, ...limited.reports]).toEqual([]);
  });

  it('keeps the sync’s outcome when the report itself fails', async () => {
    const db = freshDatabase();
    await queueRecords(db, 1);
    const { fetch } = fakeFetch();
    const engine = createSyncEngine({
      push: () => pushBatch({ db, fetch, device, appVersion: '0.1.0', storagePersisted: true }),
      report: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await engine.sync('manual')).toMatchObject({ phase: 'idle', problem: null });
  });
});
