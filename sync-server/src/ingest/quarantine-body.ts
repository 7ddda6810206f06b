import { createHash } from 'node:crypto';
import { writeCanonicalJson } from './canonical-json.ts';

/** What quarantine keeps of a rejected record's JSON: enough for an officer to recognise it. */
const QUARANTINE_BODY_BYTES = 64 * 1024;

export interface QuarantineBody {
  /** The canonical JSON, or its first `maxBytes` bytes (whole characters) when truncated. */
  text: string;
  /** SHA-256 of the whole canonical JSON, in hex: the same as `contentHash` of the record. */
  hash: string;
  /** Size of the whole canonical JSON in UTF-8 bytes. */
  bytes: number;
  truncated: boolean;
}

/** The canonical JSON of a rejected record, hashed and measured whole, but kept only up to `maxBytes`. */
export function quarantineBody(raw: unknown, maxBytes = QUARANTINE_BODY_BYTES): QuarantineBody {
  const digest = createHash('sha256');
  const kept: string[] = [];
  let bytes = 0;
  writeCanonicalJson(raw, (piece) => {
    digest.update(piece, 'utf8');
    const size = Buffer.byteLength(piece, 'utf8');
    if (bytes + size <= maxBytes) kept.push(piece);
    else if (bytes < maxBytes) {
      // Streaming decode drops a character cut in half at the end rather than writing U+FFFD.
      kept.push(new TextDecoder().decode(Buffer.from(piece, 'utf8').subarray(0, maxBytes - bytes), { stream: true }));
    }
    bytes += size;
  });
  return { text: kept.join(''), hash: digest.digest('hex'), bytes, truncated: bytes > maxBytes };
}
