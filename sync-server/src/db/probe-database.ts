import type { Db } from './database.ts';
import { schemaVersion } from './migrate.ts';

/** The schema version, or null when the database does not answer a read. */
export function answeringSchemaVersion(db: Db): number | null {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return schemaVersion(db);
  } catch {
    return null;
  }
}
