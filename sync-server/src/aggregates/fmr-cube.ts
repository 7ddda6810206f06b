import type { SqlRunner } from '../db/sql.ts';
import { FMR_COUNT_FIELDS, type FmrData } from '../../../shared/fmr.ts';
import { localPeriods, type LocalPeriods } from '../../../shared/local-periods.ts';

/** The dimensions of `GET /aggregates` other than the periods, in key order. */
export const CUBE_DIMENSIONS = [
  'fmp',
  'direction',
  'nationality',
  'origin_country',
  'destination_country',
  'destination_admin2',
  'transport',
  'reason',
] as const;

interface CubeRecord {
  fmp: string;
  /** The record's data, parsed. */
  data: Readonly<Record<string, unknown>>;
}

/** Adds up records' counts in memory; `flush` writes them, one upsert per distinct row of each table. */
export interface CubeChanges {
  /** Sign 1 counts a record in, -1 takes it out (a correction's old revision). */
  add: (record: CubeRecord, sign: 1 | -1) => void;
  flush: (db: SqlRunner) => Promise<void>;
}

/** Dimensions the small daily table can answer on its own. */
export const DAILY_DIMENSIONS = ['fmp', 'day', 'week', 'month', 'direction'] as const;

const QUARTER_HOUR = 15 * 60_000;

/** Up to 24 parameters a row: 500 rows stay below both engines' parameter limits. */
const ROWS_PER_UPSERT = 500;
const SEPARATOR = '\u0000';

/**
 * Local periods, memoised per time zone and quarter hour for the whole process: every UTC offset
 * in use is a whole number of quarter hours, so all instants of one quarter hour share their local
 * day; and the formatter behind `localPeriods` costs more than all the rest of counting a record.
 */
const periodsByQuarterHour = new Map<string, LocalPeriods>();

function periodsOf(instant: string, zone: string): LocalPeriods {
  const key = `${zone}|${Math.floor(Date.parse(instant) / QUARTER_HOUR)}`;
  let periods = periodsByQuarterHour.get(key);
  if (!periods) {
    periods = localPeriods(instant, zone);
    if (periodsByQuarterHour.size > 100_000) periodsByQuarterHour.clear();
    periodsByQuarterHour.set(key, periods);
  }
  return periods;
}

/** Records reference their FMP (a foreign key), and the map holds every FMP: a miss is a bug, not data. */
function zoneOf(timeZones: ReadonlyMap<string, string>, fmp: string): string {
  const zone = timeZones.get(fmp);
  if (zone === undefined) throw new Error(`no time zone for FMP ${fmp}`);
  return zone;
}

type CubeRow = LocalPeriods & Record<(typeof CUBE_DIMENSIONS)[number], string>;

/**
 * The pending sums of one aggregate table. Its rows are keyed by all their label columns: the
 * primary key plus `week` and `month` where the table stores them beside `day`, which they follow.
 */
function tableSums(table: string, columns: readonly (keyof CubeRow)[]) {
  const counts = ['records', ...FMR_COUNT_FIELDS];
  const all = [...columns, ...counts];
  // The table's own key is the conflict target; week and month follow day, so they are never in conflict.
  const key = columns.filter((c) => c !== 'week' && (c !== 'month' || !columns.includes('day')));
  const row = `(${all.map(() => '?').join(', ')})`;
  const upsert = (
    rows: number,
  ) => `INSERT INTO ${table} (${all.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}
     ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;
  const prune = `DELETE FROM ${table} WHERE records = 0 AND ${columns.map((c) => `${c} = ?`).join(' AND ')}`;
  const pending = new Map<string, { labels: string[]; sums: number[] }>();
  return {
    /** Allocates only for a row not seen before in this batch: it runs for every record pushed. */
    add(row: CubeRow, deltas: readonly number[]) {
      let key = '';
      for (const column of columns) key += row[column] + SEPARATOR;
      const entry = pending.get(key);
      if (!entry) {
        pending.set(key, { labels: columns.map((c) => row[c]), sums: [...deltas] });
        return;
      }
      for (let i = 0; i < deltas.length; i++) entry.sums[i] = (entry.sums[i] ?? 0) + (deltas[i] ?? 0);
    },
    /**
     * One multi-row upsert per 500 rows, in key order: two transactions updating the same rows take
     * their locks in the same order, never in a cycle. A row whose record count went down may be empty now.
     */
    async flush(db: SqlRunner) {
      const changed = [...pending.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, entry]) => entry)
        .filter(({ sums }) => sums.some((n) => n !== 0));
      pending.clear();
      for (let from = 0; from < changed.length; from += ROWS_PER_UPSERT) {
        const chunk = changed.slice(from, from + ROWS_PER_UPSERT);
        await db.run(
          upsert(chunk.length),
          chunk.flatMap(({ labels, sums }) => [...labels, ...sums]),
        );
      }
      for (const { labels, sums } of changed) if ((sums[0] ?? 0) < 0) await db.run(prune, labels);
    },
  };
}

/**
 * Counts FMR records into `fmr_cube`, `fmr_daily` and `fmr_monthly`, keyed by each record's local day
 * in its FMP's time zone. Flushed in the same transaction as the writes to `records` (decision 0031);
 * summing a whole push first turns a batch's many records on the same day, direction and
 * nationality into one upsert (decision 0012).
 */
export function cubeChanges(timeZones: ReadonlyMap<string, string>): CubeChanges {
  const tables = [
    tableSums('fmr_cube', ['day', 'week', 'month', ...CUBE_DIMENSIONS]),
    tableSums('fmr_daily', DAILY_DIMENSIONS),
    tableSums('fmr_monthly', ['month', ...CUBE_DIMENSIONS]),
  ];
  // Reused for every record: only the tables' new rows copy from them.
  const row = {} as CubeRow;
  const deltas = new Array<number>(FMR_COUNT_FIELDS.length + 1).fill(0);
  return {
    add(record, sign) {
      const data = record.data as Partial<FmrData>;
      // Stored records passed their form; this only skips rows written by hand (old tests, repairs).
      if (typeof data.observed_at !== 'string' || Number.isNaN(Date.parse(data.observed_at))) return;
      const { day, week, month } = periodsOf(data.observed_at, zoneOf(timeZones, record.fmp));
      row.day = day;
      row.week = week;
      row.month = month;
      for (const dim of CUBE_DIMENSIONS) row[dim] = dim === 'fmp' ? record.fmp : String(data[dim] ?? '');
      deltas[0] = sign;
      FMR_COUNT_FIELDS.forEach((count, i) => (deltas[i + 1] = sign * (data[count] ?? 0)));
      for (const table of tables) table.add(row, deltas);
    },
    async flush(db) {
      for (const table of tables) await table.flush(db);
    },
  };
}
