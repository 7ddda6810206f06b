/** Staff pick days on the Kampala calendar; the API takes instants with an offset. */
const KAMPALA_OFFSET = '+03:00';

export function dayStart(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return `${date.toISOString().slice(0, 10)}T00:00:00${KAMPALA_OFFSET}`;
}
