import type { FmpDatabase } from './database.ts';

export interface TodayCounts {
  /** Records finished today on this tablet, sent or not. */
  captured: number;
  waiting: number;
  sent: number;
}

export function startOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Reads only today's records through the createdAt index, so it stays fast with months of records kept. */
export async function todayCounts(db: FmpDatabase, now = new Date()): Promise<TodayCounts> {
  const today = await db.records.where('createdAt').aboveOrEqual(startOfLocalDay(now).toISOString()).toArray();
  const finished = today.filter((r) => r.state !== 'draft');
  return {
    captured: finished.length,
    waiting: await db.outbox.count(),
    sent: finished.filter((r) => r.state === 'sent').length,
  };
}
