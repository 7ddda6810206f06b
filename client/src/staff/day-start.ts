import { localMidnight } from '../../../shared/local-midnight.ts';

/** Staff pick days on the deployment's calendar; the API takes instants with an offset. */
export function dayStart(day: string, timeZone: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return localMidnight(date.toISOString().slice(0, 10), timeZone);
}
