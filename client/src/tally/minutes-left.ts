import type { TallySession } from '../db/database.ts';
import { intervalEndsAt } from './tally-store.ts';

/**
 * Whole minutes left in the interval, rounded up, so "0 min" means it is over. A reading of the clock
 * taken before the interval began (the page reads it every few seconds) never counts more than its length.
 */
export function minutesLeft(session: Pick<TallySession, 'intervalStart' | 'intervalMinutes'>, now: number): number {
  return Math.min(session.intervalMinutes, Math.max(0, Math.ceil((intervalEndsAt(session) - now) / 60_000)));
}
