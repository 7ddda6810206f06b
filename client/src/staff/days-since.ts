/** Whole days between an instant and now, never negative. */
export function daysSince(instant: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(instant).getTime()) / 86_400_000));
}
