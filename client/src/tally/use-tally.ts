import { useEffect, useRef, useState } from 'preact/hooks';
import { FMR_COUNT_FIELDS, type FmrCountField } from '../../../shared/fmr.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { validateData, type Issue } from '../../../shared/forms/validate.ts';
import { db, type TallySession } from '../db/database.ts';
import { isQuotaError } from '../db/quota-error.ts';
import { toIsoWithOffset } from '../forms/local-time.ts';
import { intervalData } from './interval-records.ts';
import { categoryKey, tap, undo, type Direction, type TallyState } from './tally-counts.ts';
import {
  closeInterval,
  findOpenSession,
  intervalEndsAt,
  saveTally,
  setIntervalMinutes,
  startSession,
} from './tally-store.ts';
import { judgingClock } from '../forms/known-forms.ts';

export type TallyProblem = 'saveFailed' | 'storageFull' | 'closeFailed';

export interface Tally {
  session: TallySession | null;
  state: TallyState;
  /** The rule a refused tap would have broken (more disabled people than people). */
  refused: Issue | null;
  problem: TallyProblem | null;
  press: (direction: Direction, field: FmrCountField) => void;
  undo: () => void;
  setMinutes: (minutes: number) => void;
  close: (next: 'continue' | 'end') => Promise<boolean>;
}

/** Opens the session left open (after a reload or a killed tab) or starts one, and saves every tap. */
export function useTally(fmp: string, enumerator: string, fmr: FormDefinition, onIntervalClosed: () => void): Tally {
  const [session, setSession] = useState<TallySession | null>(null);
  const [state, setState] = useState<TallyState>({ counts: {}, taps: [] });
  const [refused, setRefused] = useState<Issue | null>(null);
  const [problem, setProblem] = useState<TallyProblem | null>(null);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // Taps can come faster than renders; each one builds on the last, not on what was last drawn.
  const latest = useRef<TallyState>(state);
  const closing = useRef(false);

  useEffect(() => {
    void findOpenSession(db)
      .then((open) => open ?? startSession(db, fmp, enumerator))
      .then((opened) => {
        setSession(opened);
        latest.current = { counts: opened.counts, taps: opened.taps };
        setState(latest.current);
      });
  }, []);

  function persist(next: TallyState): void {
    if (!session) return;
    latest.current = next;
    setState(next);
    // A failed write keeps the counts on screen; the next tap writes them all again.
    writes.current = writes.current
      .then(() => saveTally(db, session.id, next))
      .then(
        () => setProblem(null),
        (error: unknown) => setProblem(isQuotaError(error) ? 'storageFull' : 'saveFailed'),
      );
  }

  function press(direction: Direction, field: FmrCountField): void {
    if (!session) return;
    const next = tap(latest.current, categoryKey(direction, field));
    const now = toIsoWithOffset(new Date());
    const data = intervalData(next, direction, {
      fmp: session.fmp,
      intervalStart: session.intervalStart,
      intervalEnd: now,
    });
    // Only the count rules matter here; the interval's times are judged when it closes.
    const counted = new Set<string>(FMR_COUNT_FIELDS);
    const broken = validateData(fmr, data, judgingClock(new Date())).errors.find((issue) => counted.has(issue.field));
    setRefused(broken ?? null);
    if (!broken) persist(next);
  }

  async function close(next: 'continue' | 'end'): Promise<boolean> {
    if (!session || closing.current) return false;
    closing.current = true;
    try {
      await writes.current;
      // A timer that ran out while the tablet slept closes at its scheduled end, not when it woke.
      const end = new Date(Math.min(Date.now(), intervalEndsAt(session)));
      const result = await closeInterval(db, session.id, end, next);
      if (!result.ok) {
        setProblem('closeFailed');
        return false;
      }
      setSession(result.session);
      latest.current = { counts: {}, taps: [] };
      setState(latest.current);
      setRefused(null);
      onIntervalClosed();
      return true;
    } catch (error) {
      setProblem(isQuotaError(error) ? 'storageFull' : 'closeFailed');
      return false;
    } finally {
      closing.current = false;
    }
  }

  useEffect(() => {
    if (!session || session.state !== 'open') return;
    const left = intervalEndsAt(session) - Date.now();
    const handle = setTimeout(() => void close('continue'), Math.max(0, left));
    return () => clearTimeout(handle);
  }, [session]);

  return {
    session,
    state,
    refused,
    problem,
    press,
    undo: () => {
      setRefused(null);
      persist(undo(latest.current));
    },
    setMinutes: (minutes) => {
      if (!session) return;
      const updated = { ...session, intervalMinutes: minutes };
      setSession(updated);
      void setIntervalMinutes(db, session.id, minutes);
    },
    close,
  };
}
