import { FMR_FORM_ID, FMR_FORM_VERSION } from '../../../shared/fmr.ts';
import type { Issue } from '../../../shared/forms/validate.ts';
import type { FmpDatabase, TallySession } from '../db/database.ts';
import { finalizeRecord, newDraft } from '../db/records.ts';
import { toIsoWithOffset } from '../forms/local-time.ts';
import { intervalRecords } from './interval-records.ts';
import type { TallyState } from './tally-counts.ts';

const DEFAULT_INTERVAL_MINUTES = 60;

export function findOpenSession(db: FmpDatabase): Promise<TallySession | undefined> {
  return db.tallies.where('state').equals('open').first();
}

export async function startSession(
  db: FmpDatabase,
  fmp: string,
  enumerator: string,
  now = new Date(),
): Promise<TallySession> {
  const session: TallySession = {
    id: crypto.randomUUID(),
    fmp,
    enumerator,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    intervalStart: toIsoWithOffset(now),
    counts: {},
    taps: [],
    closedIntervals: 0,
    state: 'open',
  };
  await db.tallies.add(session);
  return session;
}

export async function saveTally(db: FmpDatabase, id: string, state: TallyState): Promise<void> {
  await db.tallies.update(id, { counts: { ...state.counts }, taps: [...state.taps] });
}

export async function setIntervalMinutes(db: FmpDatabase, id: string, minutes: number): Promise<void> {
  await db.tallies.update(id, { intervalMinutes: minutes });
}

export const intervalEndsAt = (session: Pick<TallySession, 'intervalStart' | 'intervalMinutes'>): number =>
  Date.parse(session.intervalStart) + session.intervalMinutes * 60_000;

export type CloseResult = { ok: true; session: TallySession; recordIds: string[] } | { ok: false; issues: Issue[] };

/**
 * Turns the counts so far into one FMR record per direction, queued for sending, and starts the next
 * interval at `end` with zero counts. One transaction: the counts are never both recorded and kept.
 */
export function closeInterval(
  db: FmpDatabase,
  id: string,
  end: Date,
  next: 'continue' | 'end' = 'continue',
): Promise<CloseResult> {
  return db
    .transaction('rw', [db.tallies, db.records, db.outbox, db.meta, db.forms], async (): Promise<CloseResult> => {
      const session = await db.tallies.get(id);
      if (!session || session.state !== 'open') return { ok: false, issues: [] };
      // Times are kept to the second; an interval closed within its first second still ends after it starts.
      const intervalEnd = toIsoWithOffset(new Date(Math.max(end.getTime(), Date.parse(session.intervalStart) + 1000)));
      const recordIds: string[] = [];
      for (const data of intervalRecords(session, {
        fmp: session.fmp,
        intervalStart: session.intervalStart,
        intervalEnd,
      })) {
        const draft = newDraft({
          form: FMR_FORM_ID,
          formVersion: FMR_FORM_VERSION,
          enumerator: session.enumerator,
          data,
        });
        await db.records.add(draft);
        const result = await finalizeRecord(db, draft.id, data);
        // Throwing rolls the whole interval back, the first direction's record included.
        if (!result.ok) throw new IntervalRejected(result.reason === 'invalid' ? result.issues : []);
        recordIds.push(draft.id);
      }
      const closed: TallySession = {
        ...session,
        intervalStart: intervalEnd,
        counts: {},
        taps: [],
        closedIntervals: session.closedIntervals + 1,
        state: next === 'end' ? 'ended' : 'open',
      };
      await db.tallies.put(closed);
      return { ok: true, session: closed, recordIds };
    })
    .catch((error: unknown) => {
      if (error instanceof IntervalRejected) return { ok: false, issues: error.issues };
      throw error;
    });
}

class IntervalRejected extends Error {
  constructor(readonly issues: Issue[]) {
    super('tally interval rejected by validation');
  }
}
