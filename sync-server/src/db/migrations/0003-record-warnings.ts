import type { Db } from '../database.ts';

/** Quality flags (form rules of severity "warning") kept with each accepted record for the data officer. */
export function up(db: Db): void {
  db.exec(`ALTER TABLE records ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'`);
}

export const postgres = `ALTER TABLE records ADD COLUMN warnings TEXT COLLATE "C" NOT NULL DEFAULT '[]'`;
