import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { boundPageCache, DB_FILE_NAME, openDatabase, type Db } from '../database.ts';
import { latestSchemaVersion, schemaVersion } from '../migrate.ts';
import { CopyRefusedError } from './copy-errors.ts';

export interface SourceDatabase {
  db: Db;
  file: string;
  schemaVersion: number;
}

/** The data folder's database file, which must be there: checked before the lock, which would make the folder. */
export function sourceFile(dataDir: string): string {
  const file = join(dataDir, DB_FILE_NAME);
  if (!existsSync(file)) throw new CopyRefusedError(`No SQLite database at ${file}: check FMP_DATA_DIR or --from.`);
  return file;
}

/**
 * The data folder's SQLite database, read-only, in a read transaction held until it is closed: every
 * read of the copy and of its verification sees one snapshot. Only the newest schema is copied, so
 * the two sides have the same tables and columns.
 */
export function openSource(file: string): SourceDatabase {
  const db = boundPageCache(openDatabase(file, { readonly: true }));
  try {
    const version = schemaVersion(db);
    const latest = latestSchemaVersion();
    if (version < latest) {
      throw new CopyRefusedError(
        `${file} is at schema version ${version}, older than this code's ${latest}. Start the server once on it ` +
          '(without FMP_DATABASE_URL) so that it migrates the database, stop it, then copy.',
      );
    }
    if (version > latest) {
      throw new CopyRefusedError(
        `${file} is at schema version ${version}, newer than this code (${latest}). Copy with the newer fmp-collect release.`,
      );
    }
    db.exec('BEGIN');
    return { db, file, schemaVersion: version };
  } catch (err) {
    db.close();
    throw err;
  }
}
