import { Dexie } from 'dexie';
import type { FmpDatabase, RecordState } from './database.ts';

export interface TodayCounts {
  /** Records finished today on this tablet, sent or not. */
  captured: number;
  waiting: number;
  sent: number;
}

function startOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Counts through the [state+createdAt] index without reading a record, however many are kept. */
export async function todayCounts(db: FmpDatabase, now = new Date()): Promise<TodayCounts> {
  const since = startOfLocalDay(now).toISOString();
  const today = (state: RecordState): Promise<number> =>
    db.records.where('[state+createdAt]').between([state, since], [state, Dexie.maxKey], true, true).count();
  const [waitingToday, sent, rejected, conflict, waiting] = await Promise.all([
    today('waiting'),
    today('sent'),
    today('rejected'),
    today('conflict'),
    db.outbox.count(),
  ]);
  return { captured: waitingToday + sent + rejected + conflict, waiting, sent };
}
