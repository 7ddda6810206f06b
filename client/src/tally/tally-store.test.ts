import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/support/fixtures.ts';
import { categoryKey, tap, undo, directionTotal, type TallyState } from './tally-counts.ts';
import { closeInterval, findOpenSession, saveTally, startSession } from './tally-store.ts';

const start = new Date('2026-11-20T06:00:00Z');
const end = new Date('2026-11-20T07:00:00Z');
const taps = (...keys: string[]): TallyState => keys.reduce(tap, { counts: {}, taps: [] });

describe('tally counts', () => {
  it('count each tap and undo the last one', () => {
    const state = taps(categoryKey('incoming', 'males_18_59'), categoryKey('incoming', 'females_0_4'));
    expect(directionTotal(state, 'incoming')).toBe(2);
    const undone = undo(state);
    expect(undone.counts).toEqual({ 'incoming.males_18_59': 1, 'incoming.females_0_4': 0 });
    expect(undo(undo(undone))).toEqual({ counts: { 'incoming.males_18_59': 0, 'incoming.females_0_4': 0 }, taps: [] });
  });
});

describe('a tally session', () => {
  it('is found again after a reload, with its counts', async () => {
    const db = freshDatabase();
    const session = await startSession(db, 'MPONDWE', 'Amina', start);
    await saveTally(db, session.id, taps(categoryKey('outgoing', 'females_18_59')));
    expect(await findOpenSession(db)).toMatchObject({
      id: session.id,
      counts: { 'outgoing.females_18_59': 1 },
      intervalMinutes: 60,
    });
  });

  it('turns a closed interval into one queued FMR tally record per direction and starts the next at zero', async () => {
    const db = freshDatabase();
    const session = await startSession(db, 'MPONDWE', 'Amina', start);
    await saveTally(
      db,
      session.id,
      taps(categoryKey('incoming', 'males_18_59'), categoryKey('incoming', 'males_18_59')),
    );
    const result = await closeInterval(db, session.id, end);
    expect(result.ok).toBe(true);
    const records = await db.records.orderBy('seq').toArray();
    expect(records.map((r) => [r.data['direction'], r.data['males_18_59'], r.data['source'], r.state])).toEqual([
      ['incoming', 2, 'tally', 'waiting'],
      ['outgoing', 0, 'tally', 'waiting'],
    ]);
    expect(records[0]?.data).toMatchObject({
      interval_start: session.intervalStart,
      observed_at: session.intervalStart,
    });
    expect(await db.outbox.count()).toBe(2);
    expect(await findOpenSession(db)).toMatchObject({ counts: {}, closedIntervals: 1 });
  });

  it('records an interval in which nobody crossed', async () => {
    const db = freshDatabase();
    const session = await startSession(db, 'MPONDWE', 'Amina', start);
    expect((await closeInterval(db, session.id, end)).ok).toBe(true);
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses, and records nothing, when vulnerabilities exceed the people counted', async () => {
    const db = freshDatabase();
    const session = await startSession(db, 'MPONDWE', 'Amina', start);
    await saveTally(db, session.id, taps(categoryKey('outgoing', 'disability')));
    const result = await closeInterval(db, session.id, end);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'disability-exceeds-group' }] });
    expect(await db.records.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('ends an interval closed within its first second a second after it starts', async () => {
    const db = freshDatabase();
    const session = await startSession(db, 'MPONDWE', 'Amina', start);
    expect((await closeInterval(db, session.id, start)).ok).toBe(true);
    const [record] = await db.records.toArray();
    expect(Date.parse(String(record?.data['interval_end'])) - Date.parse(String(record?.data['interval_start']))).toBe(
      1000,
    );
  });
});
