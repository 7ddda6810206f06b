import { hash } from 'node:crypto';

interface Frame {
  container: unknown[] | Record<string, unknown>;
  /** The object's keys to write, sorted; null for an array. */
  keys: string[] | null;
  index: number;
}

const scalarJson = (value: unknown): string => JSON.stringify(value) ?? 'null';

/**
 * Writes JSON with object keys sorted at every depth, so equal content always hashes the same, in
 * pieces through `write`. A loop with its own stack, not recursion: quarantined records of any depth
 * must not overflow the call stack.
 */
export function writeCanonicalJson(value: unknown, write: (piece: string) => void): void {
  const stack: Frame[] = [];
  let next = value;
  let pending = true;
  for (;;) {
    if (pending) {
      pending = false;
      if (next === null || typeof next !== 'object') write(scalarJson(next));
      else if (Array.isArray(next)) {
        write('[');
        stack.push({ container: next, keys: null, index: 0 });
      } else {
        const entries = next as Record<string, unknown>;
        const keys = Object.keys(entries)
          .sort()
          .filter((k) => entries[k] !== undefined && typeof entries[k] !== 'function');
        write('{');
        stack.push({ container: entries, keys, index: 0 });
      }
    }
    const frame = stack.at(-1);
    if (!frame) return;
    const { keys } = frame;
    const size = keys ? keys.length : (frame.container as unknown[]).length;
    if (frame.index === size) {
      write(keys ? '}' : ']');
      stack.pop();
      continue;
    }
    const comma = frame.index > 0 ? ',' : '';
    if (keys) {
      const key = keys[frame.index] ?? '';
      write(`${comma}${JSON.stringify(key)}:`);
      next = (frame.container as Record<string, unknown>)[key];
    } else {
      if (comma) write(comma);
      next = (frame.container as unknown[])[frame.index];
    }
    frame.index += 1;
    pending = true;
  }
}

/**
 * JSON with object keys sorted at every depth. Pushed records that pass take the faster
 * `validRecordJson`; this serves quarantine, review and tests.
 */
export function canonicalJson(value: unknown): string {
  const pieces: string[] = [];
  writeCanonicalJson(value, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** The hash stored as `content_hash`: SHA-256 of the canonical JSON, in hex. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
