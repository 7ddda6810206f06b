import { databaseSchemaVersion, type Database } from './connect-database.ts';

/** The schema version, or null when the database does not answer a read. */
export async function answeringSchemaVersion(db: Database): Promise<number | null> {
  try {
    await db.get('SELECT count(*) AS n FROM fmps');
    return await databaseSchemaVersion(db);
  } catch {
    return null;
  }
}
