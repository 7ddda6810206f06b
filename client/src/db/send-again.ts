import { Dexie } from 'dexie';
import { toIsoWithOffset } from '../forms/local-time.ts';
import type { FmpDatabase } from './database.ts';

/** A week back covers the newest backup with room to spare; sending more again is only slower, never wrong. */
export const SEND_AGAIN_DEFAULT_DAYS = 7;

/** The value a date input shows for the local day `days` before `now`. */
export function dayValueBefore(now: Date, days: number): string {
  return toIsoWithOffset(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days)).slice(0, 10);
}

/** The start of a date input's day in the tablet's local time, or null for anything but YYYY-MM-DD. */
export function startOfDayValue(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  return day.getMonth() === m - 1 ? day : null;
}

/** finalizedAt is always toISOString() (UTC), so comparing the strings compares the times. */
function sentSince(db: FmpDatabase, since: Date) {
  return db.records
    .where('[state+finalizedAt]')
    .between(['sent', since.toISOString()], ['sent', Dexie.maxKey], true, true);
}

export function countSentSince(db: FmpDatabase, since: Date): Promise<number> {
  return sentSince(db, since).count();
}

/**
 * Puts every sent record finalised since `since` back in the outbox, id, seq and content untouched,
 * so the server answers `duplicate` for what it kept and `accepted` for what a restore lost (0026).
 * Returns how many were queued; a second press finds them waiting already and queues none.
 */
export function sendAgainSince(db: FmpDatabase, since: Date, now = new Date()): Promise<number> {
  return db.transaction('rw', db.records, db.outbox, async () => {
    const records = await sentSince(db, since).toArray();
    const queuedAt = now.toISOString();
    let queued = 0;
    for (const { id, seq } of records) {
      if (seq === null || (await db.outbox.get(id))) continue;
      await db.outbox.add({ id, seq, queuedAt });
      await db.records.update(id, { state: 'waiting' });
      queued += 1;
    }
    return queued;
  });
}
