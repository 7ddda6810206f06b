import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../test/support/fake-clock.ts';
import { freshDatabase } from '../../test/support/fixtures.ts';
import { closeInterval, startSession } from './tally-store.ts';
import { minutesLeft } from './minutes-left.ts';

/** The tally page re-reads the time every 15 s; a countdown is drawn from the last reading. */
const TICK_MS = 15_000;

describe('the interval countdown', () => {
  it('says 60 min left just after a 60-minute interval is closed, however long ago the clock last ticked', async () => {
    const clock = fakeClock(Date.parse('2026-11-20T06:00:00.000Z'));
    let lastTick = clock.now();
    clock.every(() => (lastTick = clock.now()), TICK_MS);
    const db = freshDatabase();
    const first = await startSession(db, 'MPONDWE', 'Amina', new Date(clock.now()));
    clock.advance(59 * 60_000 + 55_400);
    const closed = await closeInterval(db, first.id, new Date(clock.now()));
    if (!closed.ok) throw new Error('interval not closed');
    expect(clock.now() - lastTick).toBe(10_400);
    expect(minutesLeft(closed.session, lastTick)).toBe(60);
    expect(minutesLeft(closed.session, clock.now())).toBe(60);
  });

  it('counts down whole minutes, rounding up, and stops at 0', () => {
    const clock = fakeClock(Date.parse('2026-11-20T06:00:00.000Z'));
    const session = { intervalStart: '2026-11-20T09:00:00+03:00', intervalMinutes: 60 };
    clock.advance(30_000);
    expect(minutesLeft(session, clock.now())).toBe(60);
    clock.advance(30_000);
    expect(minutesLeft(session, clock.now())).toBe(59);
    clock.advance(59 * 60_000 - 1);
    expect(minutesLeft(session, clock.now())).toBe(1);
    clock.advance(1);
    expect(minutesLeft(session, clock.now())).toBe(0);
    clock.advance(5 * 60_000);
    expect(minutesLeft(session, clock.now())).toBe(0);
  });
});
