const QUARTER_HOUR = 15 * 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
// Every UTC offset in use, and every change of one, falls on a quarter hour: one lookup serves a quarter hour.
const offsetsByQuarterHour = new Map<string, number>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    const numeric = 'numeric';
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function offsetAt(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(ms)
      .map((p) => [p.type, Number(p.value)]),
  );
  const local = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return local - ms;
}

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
    offset = offsetAt(quarter * QUARTER_HOUR, timeZone);
    if (offsetsByQuarterHour.size > 100_000) offsetsByQuarterHour.clear();
    offsetsByQuarterHour.set(key, offset);
  }
  return new Date(ms + offset);
}
