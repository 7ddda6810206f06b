/**
 * The seq a pushed record carries, whatever its fate: accepted, duplicate, conflict and rejected
 * records all reached the server and are stored somewhere, so none of them is a gap.
 * Only a positive safe integer counts; a record without one cannot say where it belongs.
 */
export function receivedSeq(raw: unknown): number | null {
  if (!raw || typeof raw !== 'object' || !('seq' in raw)) return null;
  const { seq } = raw;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 1 ? seq : null;
}
