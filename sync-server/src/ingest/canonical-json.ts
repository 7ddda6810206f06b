import { hash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal content always hashes the same.
 * Written out by hand: it runs for every pushed record, and sorting copies through a
 * `JSON.stringify` replacer cost more than the rest of validation.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(entries).sort()) {
    const item = entries[key];
    if (item !== undefined && typeof item !== 'function') parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}

/** The hash stored as `content_hash`: SHA-256 of the canonical JSON, in hex. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
