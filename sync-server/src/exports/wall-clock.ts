import { utcOffsetMs } from '../../../shared/utc-offset.ts';

const QUARTER_HOUR = 15 * 60_000;

// Every UTC offset in use, and every change of one, falls on a quarter hour: one lookup serves a quarter hour.
const offsetsByQuarterHour = new Map<string, number>();

/**
 * The wall-clock time of an instant in a time zone, as a Date whose UTC fields read that time: spreadsheet dates
 * have no zone, so a writer that takes the UTC fields shows what the clock at the FMP showed. Null for a text that
 * is no instant.
 */
export function wallClockDate(instant: string, timeZone: string): Date | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const quarter = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  let offset = offsetsByQuarterHour.get(key);
  if (offset === undefined) {
    offset = utcOffsetMs(quarter * QUARTER_HOUR, timeZone);
    if (offsetsByQuarterHour.size > 100_000) offsetsByQuarterHour.clear();
    offsetsByQuarterHour.set(key, offset);
  }
  return new Date(ms + offset);
}
