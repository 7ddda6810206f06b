import { utcOffsetMs } from './utc-offset.ts';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** Minutes the zone's wall clock is ahead of UTC at an instant. */
const offsetMinutes = (instant: number, timeZone: string) => Math.round(utcOffsetMs(instant, timeZone) / 60_000);

/** When a day (YYYY-MM-DD) starts on a time zone's calendar, with that zone's offset: 2026-11-20T00:00:00+03:00. */
export function localMidnight(day: string, timeZone: string): string {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // The offset at UTC midnight, then at the local midnight it points to (they differ across a clock change).
  const guess = offsetMinutes(utcMidnight, timeZone);
  const offset = offsetMinutes(utcMidnight - guess * 60_000, timeZone);
  return `${day}T00:00:00${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
