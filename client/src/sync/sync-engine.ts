import type { BatchOutcome } from './push-batch.ts';
import { backoffDelay } from './retry-delay.ts';

export const SYNC_INTERVAL_MS = 2 * 60_000;

/** 'queued': a record was just finalised; like the interval, it waits out a backoff. */
type SyncTrigger = 'start' | 'online' | 'interval' | 'queued' | 'manual' | 'retry';
type SyncProblem = 'offline' | 'server-error' | 'rate-limited' | 'refused';

export interface SyncStatus {
  phase: 'idle' | 'syncing' | 'retrying' | 'revoked';
  lastSyncAt: string | null;
  problem: SyncProblem | null;
  nextAttemptAt: number | null;
  /** While sending: how many of the records queued at the start the server has acknowledged. */
  progress: { sent: number; total: number } | null;
  /** The device clock minus the server's, from the last answer; positive when the tablet is ahead. */
  clockSkewMs: number | null;
}

/** Runs fn after ms and returns a function that cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;

export interface SyncEngineDeps {
  push: () => Promise<BatchOutcome>;
  /** How many records wait in the outbox, for the progress shown while sending. */
  pending?: () => Promise<number>;
  /** Tells the server what the outbox holds after the attempt; a push only says what it held before. */
  report?: () => Promise<unknown>;
  lastSyncAt?: string | null;
  now?: () => number;
  random?: () => number;
  later?: Schedule;
  every?: Schedule;
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export interface SyncEngine {
  sync(trigger: SyncTrigger): Promise<SyncStatus>;
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  start(): void;
  stop(): void;
}

const realLater: Schedule = (fn, ms) => {
  const handle = setTimeout(fn, ms);
  return () => clearTimeout(handle);
};
const realEvery: Schedule = (fn, ms) => {
  const handle = setInterval(fn, ms);
  return () => clearInterval(handle);
};
const noop = (): void => undefined;

/** The server answered and did not ask the tablet to stop or wait; an empty outbox needs no answer to be told. */
const reportsAfter = (outcome: BatchOutcome): boolean =>
  outcome.kind === 'empty' || outcome.kind === 'pushed' || outcome.kind === 'refused';

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const now = deps.now ?? Date.now;
  const later = deps.later ?? realLater;
  const every = deps.every ?? realEvery;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = {
    phase: 'idle',
    lastSyncAt: deps.lastSyncAt ?? null,
    problem: null,
    nextAttemptAt: null,
    progress: null,
    clockSkewMs: null,
  };
  let running: Promise<SyncStatus> | null = null;
  let failures = 0;
  let rateLimitedUntil = 0;
  let cancelRetry = noop;
  let cancelInterval = noop;

  function publish(next: SyncStatus): SyncStatus {
    status = next;
    for (const listener of listeners) listener(status);
    return status;
  }

  /** Keeps pushing while the server acknowledges something, so a long outbox drains in one go. */
  async function drain(): Promise<BatchOutcome> {
    const total = deps.pending ? await deps.pending() : 0;
    let sent = 0;
    if (total > 0) publish({ ...status, progress: { sent, total } });
    for (;;) {
      const outcome = await deps.push();
      if (outcome.kind !== 'pushed') return outcome;
      sent += outcome.acknowledged;
      const clockSkewMs = now() - Date.parse(outcome.serverTime);
      publish({ ...status, clockSkewMs, progress: total > 0 ? { sent: Math.min(sent, total), total } : null });
      if (outcome.acknowledged === 0) return outcome;
    }
  }

  function retryIn(ms: number, problem: SyncProblem): SyncStatus {
    const at = now() + ms;
    cancelRetry = later(() => void sync('retry'), ms);
    return publish({ ...status, phase: 'retrying', problem, nextAttemptAt: at, progress: null });
  }

  function settle(outcome: BatchOutcome): SyncStatus {
    switch (outcome.kind) {
      case 'empty':
      case 'pushed':
        failures = 0;
        return publish({
          ...status,
          phase: 'idle',
          lastSyncAt: new Date(now()).toISOString(),
          problem: null,
          nextAttemptAt: null,
          progress: null,
        });
      case 'revoked':
        return publish({ ...status, phase: 'revoked', problem: null, nextAttemptAt: null, progress: null });
      case 'rate-limited':
        failures += 1;
        rateLimitedUntil = now() + outcome.retryAfterMs;
        return retryIn(outcome.retryAfterMs, 'rate-limited');
      case 'offline':
      case 'server-error':
      case 'refused':
        failures += 1;
        return retryIn(backoffDelay(failures, deps.random), outcome.kind);
    }
  }

  function skips(trigger: SyncTrigger): boolean {
    if (now() < rateLimitedUntil) return true;
    if (trigger === 'manual') return false;
    if (status.phase === 'revoked') return true;
    // Routine triggers wait out the backoff; coming online or a person pressing the button does not.
    const routine = trigger === 'interval' || trigger === 'queued';
    return routine && status.nextAttemptAt !== null && now() < status.nextAttemptAt;
  }

  function sync(trigger: SyncTrigger): Promise<SyncStatus> {
    if (running) return running;
    if (skips(trigger)) return Promise.resolve(status);
    cancelRetry();
    cancelRetry = noop;
    publish({ ...status, phase: 'syncing' });
    running = drain()
      .catch((error: unknown): BatchOutcome => {
        // A local failure (IndexedDB, a bug) is retried like a server error; records stay queued.
        console.error('sync failed', error);
        return { kind: 'server-error', status: 0 };
      })
      .then(async (outcome) => {
        // A lost report changes nothing on the tablet: the next sync reports again.
        if (reportsAfter(outcome)) await deps.report?.().catch(noop);
        return outcome;
      })
      .then(settle)
      .finally(() => {
        running = null;
      });
    return running;
  }

  const onOnline = (): void => void sync('online');

  return {
    sync,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      deps.events?.addEventListener('online', onOnline);
      cancelInterval = every(() => void sync('interval'), SYNC_INTERVAL_MS);
      void sync('start');
    },
    stop() {
      deps.events?.removeEventListener('online', onOnline);
      cancelInterval();
      cancelRetry();
    },
  };
}
