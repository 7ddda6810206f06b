import type { Db } from '../database.ts';
import { cubeChanges } from '../../aggregates/fmr-cube.ts';

/** The record count and the twelve cells, the same in every aggregate table. */
const COUNTS = `records INTEGER NOT NULL,
      males_0_4 INTEGER NOT NULL, males_5_17 INTEGER NOT NULL, males_18_59 INTEGER NOT NULL, males_60_plus INTEGER NOT NULL,
      females_0_4 INTEGER NOT NULL, females_5_17 INTEGER NOT NULL, females_18_59 INTEGER NOT NULL, females_60_plus INTEGER NOT NULL,
      pregnant_lactating INTEGER NOT NULL, unaccompanied_children INTEGER NOT NULL,
      separated_children INTEGER NOT NULL, disability INTEGER NOT NULL`;

/** The FMR aggregate tables (decision 0031), filled from the records already stored. */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE fmr_cube (
      fmp TEXT NOT NULL,
      day TEXT NOT NULL,
      week TEXT NOT NULL,
      month TEXT NOT NULL,
      direction TEXT NOT NULL,
      nationality TEXT NOT NULL,
      origin_country TEXT NOT NULL,
      destination_country TEXT NOT NULL,
      -- '' when not answered: key columns cannot be NULL here.
      destination_admin2 TEXT NOT NULL,
      transport TEXT NOT NULL,
      reason TEXT NOT NULL,
      ${COUNTS},
      PRIMARY KEY (fmp, day, direction, nationality, origin_country, destination_country, destination_admin2, transport, reason)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX fmr_cube_day ON fmr_cube (day);

    -- The same sums by FMP, day and direction only: the dashboard's daily series read a few thousand rows.
    CREATE TABLE fmr_daily (
      fmp TEXT NOT NULL,
      day TEXT NOT NULL,
      week TEXT NOT NULL,
      month TEXT NOT NULL,
      direction TEXT NOT NULL,
      ${COUNTS},
      PRIMARY KEY (fmp, day, direction)
    ) STRICT, WITHOUT ROWID;

    -- The full cube by month instead of day: the dashboard's breakdowns over whole months read ~1/30 of the rows.
    CREATE TABLE fmr_monthly (
      fmp TEXT NOT NULL,
      month TEXT NOT NULL,
      direction TEXT NOT NULL,
      nationality TEXT NOT NULL,
      origin_country TEXT NOT NULL,
      destination_country TEXT NOT NULL,
      destination_admin2 TEXT NOT NULL,
      transport TEXT NOT NULL,
      reason TEXT NOT NULL,
      ${COUNTS},
      PRIMARY KEY (fmp, month, direction, nationality, origin_country, destination_country, destination_admin2, transport, reason)
    ) STRICT, WITHOUT ROWID;
  `);
  const cube = cubeChanges(db);
  for (const record of db.prepare<[], { fmp: string; data: string }>("SELECT fmp, data FROM records WHERE form = 'fmr'").iterate()) {
    cube.add({ fmp: record.fmp, data: JSON.parse(record.data) as Record<string, unknown> }, 1);
  }
  cube.flush();
}
