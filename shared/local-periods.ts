import type { Fmp } from './fmps.ts';

/** The calendar periods an instant falls in, as seen on the wall clock of a time zone. */
export interface LocalPeriods {
  /** YYYY-MM-DD */
  day: string;
  /** ISO 8601 week, YYYY-Www (the year is the ISO week-numbering year) */
  week: string;
  /** YYYY-MM */
  month: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoWeek(year: number, month: number, day: number): { weekYear: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the week's year (ISO 8601).
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { weekYear, week };
}

export function localPeriods(instant: Date | string, timeZone: string): LocalPeriods {
  const { year, month, day } = localDate(new Date(instant), timeZone);
  const { weekYear, week } = isoWeek(year, month, day);
  return {
    day: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    week: `${pad(weekYear, 4)}-W${pad(week)}`,
    month: `${pad(year, 4)}-${pad(month)}`,
  };
}

/** Days, weeks and months are counted in the FMP's own time zone (new ones take the deployment's). */
export function fmpPeriods(fmp: Pick<Fmp, 'timeZone'>, instant: Date | string): LocalPeriods {
  return localPeriods(instant, fmp.timeZone);
}
