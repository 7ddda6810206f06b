/** Refused before anything was copied: the target holds what it held. */
export class CopyRefusedError extends Error {}

/** The copy started and was undone: the target's transaction rolled back, none of the copied rows are in it. */
export class CopyRolledBackError extends Error {
  constructor(reason: string) {
    super(`${reason} Rolled back: the target holds none of the copied rows.`);
  }
}

/** A message for the operator from whatever was thrown, also when Node gives an AggregateError with no message. */
export function describeError(err: unknown): string {
  if (err instanceof AggregateError && !err.message) return err.errors.map(describeError).join('; ');
  if (err instanceof Error) return err.message || (err as { code?: string }).code || err.name;
  return String(err);
}
