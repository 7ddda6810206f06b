import type { Db } from '../database.ts';

/**
 * The deployment as one row (decision 0085): its country, time zone and nearby countries. The first
 * start seeds the first deployment's; the admin sets another in the staff pages.
 */
const SEED =
  "INSERT INTO deployment (id, country, time_zone, neighbours) VALUES (1, 'UGA', 'Africa/Kampala', 'COD,SSD,RWA,BDI,KEN,TZA');";

export function up(db: Db): void {
  db.exec(`
    -- Without rowid: the key is the one row's fixed 1, never an id SQLite assigns.
    CREATE TABLE deployment (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      country TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      -- ISO 3166-1 alpha-3 codes, comma-separated, most crossings first.
      neighbours TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    ${SEED}
  `);
}

export const postgres = `
  CREATE TABLE deployment (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    country TEXT COLLATE "C" NOT NULL,
    time_zone TEXT COLLATE "C" NOT NULL,
    neighbours TEXT COLLATE "C" NOT NULL
  );
  ${SEED}
`;
