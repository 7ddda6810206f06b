import type { Db } from '../db/database.ts';
import { GRID_FIELDS, VULNERABILITY_FIELDS, type FmrData } from '../../../shared/fmr.ts';
import { localPeriods, type LocalPeriods } from '../../../shared/local-periods.ts';

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

/** Dimensions the small daily table can answer on its own. */
export const DAILY_DIMENSIONS = ['fmp', 'day', 'week', 'month', 'direction'] as const;

const QUARTER_HOUR = 15 * 60_000;

/**
 * Local periods, memoised per time zone and quarter hour: every UTC offset in use is a whole
 * number of quarter hours, so all instants of one quarter hour share their local day.
 */
function periodsCache() {
  const cache = new Map<string, LocalPeriods>();
  return (instant: string, zone: string): LocalPeriods => {
    const key = `${zone}|${Math.floor(Date.parse(instant) / QUARTER_HOUR)}`;
    let periods = cache.get(key);
    if (!periods) {
      periods = localPeriods(instant, zone);
      if (cache.size > 100_000) cache.clear();
      cache.set(key, periods);
    }
    return periods;
  };
}

function upsertInto(db: Db, table: string, keyColumns: readonly string[], periodColumns: readonly string[] = ['day', 'week', 'month']) {
  const columns = [...new Set([...periodColumns, ...keyColumns])];
  const counts = ['records', ...CUBE_COUNTS];
  const upsert = db.prepare(
    `INSERT INTO ${table} (${[...columns, ...counts].join(', ')}) VALUES (${[...columns, ...counts].map((c) => `@${c}`).join(', ')})
     ON CONFLICT DO UPDATE SET ${counts.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
  );
  const prune = db.prepare(`DELETE FROM ${table} WHERE records = 0 AND fmp = @fmp AND ${periodColumns[0]} = @${periodColumns[0]}`);
  return (row: Record<string, string | number>, sign: 1 | -1) => {
    upsert.run(row);
    if (sign < 0) prune.run(row);
  };
}

/**
 * Adds (sign 1) or removes (sign -1) one FMR record's counts in `fmr_cube`, `fmr_daily` and `fmr_monthly`, keyed by
 * its local day in its FMP's time zone. Called in the same transaction as the write to `records`
 * (decision 0031).
 */
export function cubeWriter(db: Db): (record: CubeRecord, sign: 1 | -1) => void {
  const timeZones = new Map(db.prepare<[], [string, string]>('SELECT code, time_zone FROM fmps').raw().all());
  const periods = periodsCache();
  const cube = upsertInto(db, 'fmr_cube', CUBE_DIMENSIONS);
  const daily = upsertInto(db, 'fmr_daily', DAILY_DIMENSIONS);
  const monthly = upsertInto(db, 'fmr_monthly', CUBE_DIMENSIONS, ['month']);
  return (record, sign) => {
    const data = JSON.parse(record.data) as FmrData;
    // Stored records passed their form; this only skips rows written by hand (old tests, repairs).
    if (typeof data.observed_at !== 'string' || Number.isNaN(Date.parse(data.observed_at))) return;
    const zone = timeZones.get(record.fmp) ?? DEFAULT_TIME_ZONE;
    const row: Record<string, string | number> = { ...periods(data.observed_at, zone), records: sign };
    for (const dim of CUBE_DIMENSIONS) row[dim] = dim === 'fmp' ? record.fmp : (data[dim] ?? '');
    for (const count of CUBE_COUNTS) row[count] = sign * data[count];
    cube(row, sign);
    daily(row, sign);
    monthly(row, sign);
  };
}
