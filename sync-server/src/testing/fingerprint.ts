import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `folder` with the hash of its bytes: equal fingerprints mean nothing was touched. */
export function fingerprint(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${join(e.parentPath, e.name)}:${createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')}`)
    .sort();
}
