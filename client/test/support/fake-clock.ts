import type { Schedule } from '../../src/sync/sync-engine.ts';

interface Timer {
  at: number;
  every: number | null;
  fn: () => void;
  cancelled: boolean;
}

/** Time that moves only when a test says so; `later` and `every` match the sync engine's Schedule. */
export function fakeClock(start = Date.parse('2024-05-01T08:00:00Z')) {
  let time = start;
  const timers: Timer[] = [];
  const add = (fn: () => void, ms: number, every: number | null): (() => void) => {
    const timer: Timer = { at: time + ms, every, fn, cancelled: false };
    timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  const later: Schedule = (fn, ms) => add(fn, ms, null);
  const every: Schedule = (fn, ms) => add(fn, ms, ms);

  return {
    now: () => time,
    later,
    every,
    /** Delays of the one-shot timers still waiting, measured from now. */
    pendingDelays: () => timers.filter((t) => !t.cancelled && t.every === null).map((t) => t.at - time),
    advance(ms: number): void {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => !t.cancelled && t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        time = due.at;
        if (due.every === null) due.cancelled = true;
        else due.at += due.every;
        due.fn();
      }
      time = end;
    },
  };
}
