import type { Db } from '../db/database.ts';
import { GRID_FIELDS, VULNERABILITY_FIELDS, type FmrData } from '../../../shared/fmr.ts';
import { localPeriods } from '../../../shared/local-periods.ts';

/** The dimensions of `GET /aggregates` other than the periods, in key order. */
export const CUBE_DIMENSIONS = [
  'fmp', 'direction', 'nationality', 'origin_country', 'destination_country', 'destination_admin2', 'transport', 'reason',
] as const;
export const CUBE_COUNTS = [...GRID_FIELDS, ...VULNERABILITY_FIELDS] as const;

export interface CubeRecord {
  fmp: string;
  /** The record's data as stored (JSON text). */
  data: string;
}

const DEFAULT_TIME_ZONE = 'Africa/Kampala';

/**
 * Adds (sign 1) or removes (sign -1) one FMR record's counts in `fmr_cube`, keyed by its local day in
 * its FMP's time zone. Called in the same transaction as the write to `records` (decision 0031).
 */
export function cubeWriter(db: Db): (record: CubeRecord, sign: 1 | -1) => void {
  const timeZones = new Map(db.prepare<[], [string, string]>('SELECT code, time_zone FROM fmps').raw().all());
  const columns = ['day', 'week', 'month', ...CUBE_DIMENSIONS, 'records', ...CUBE_COUNTS];
  const upsert = db.prepare(
    `INSERT INTO fmr_cube (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT DO UPDATE SET ${['records', ...CUBE_COUNTS].map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
  );
  const prune = db.prepare(`DELETE FROM fmr_cube WHERE records = 0 AND fmp = @fmp AND day = @day`);
  return (record, sign) => {
    const data = JSON.parse(record.data) as FmrData;
    // Stored records passed their form; this only skips rows written by hand (old tests, repairs).
    if (typeof data.observed_at !== 'string' || Number.isNaN(Date.parse(data.observed_at))) return;
    const zone = timeZones.get(record.fmp) ?? DEFAULT_TIME_ZONE;
    const row: Record<string, string | number> = { ...localPeriods(data.observed_at, zone), records: sign };
    for (const dim of CUBE_DIMENSIONS) row[dim] = dim === 'fmp' ? record.fmp : (data[dim] ?? '');
    for (const count of CUBE_COUNTS) row[count] = sign * data[count];
    upsert.run(row);
    if (sign < 0) prune.run(row);
  };
}
