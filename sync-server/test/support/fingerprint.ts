import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE_NAME } from '../../src/ops/data-dir-lock.ts';

/**
 * Every file below `folder` with the hash of its bytes: equal fingerprints mean nothing was touched.
 * The data directory's lock file is not data: it is empty, and whoever takes the lock first creates it.
 */
export function fingerprint(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== LOCK_FILE_NAME)
    .map(
      (e) =>
        `${join(e.parentPath, e.name)}:${createHash('sha256')
          .update(readFileSync(join(e.parentPath, e.name)))
          .digest('hex')}`,
    )
    .sort();
}
