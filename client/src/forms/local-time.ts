const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 in the device's local time with its offset, e.g. 2024-05-01T10:30:00+03:00. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The wall-clock part of an offset timestamp is what a datetime-local input shows. */
export function isoToLocalInput(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(iso)?.[0] ?? '';
}

export function localInputToIso(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return '';
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return '';
  return toIsoWithOffset(new Date(y, mo - 1, d, h, mi, Number.isNaN(s) || s === undefined ? 0 : s));
}
