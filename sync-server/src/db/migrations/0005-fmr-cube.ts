import type { Db } from '../database.ts';

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
  fillFromRecords(db);
}

/*
 * How the tables were filled when this migration shipped, frozen here rather than read from the
 * aggregates module: a shipped migration must not change with live code.
 */
const COUNT_FIELDS = [
  'males_0_4',
  'males_5_17',
  'males_18_59',
  'males_60_plus',
  'females_0_4',
  'females_5_17',
  'females_18_59',
  'females_60_plus',
  'pregnant_lactating',
  'unaccompanied_children',
  'separated_children',
  'disability',
];
const DIMENSIONS = [
  'direction',
  'nationality',
  'origin_country',
  'destination_country',
  'destination_admin2',
  'transport',
  'reason',
];
/** Each table's rows are keyed by all their label columns. */
const TABLES = [
  { name: 'fmr_cube', labels: ['fmp', 'day', 'week', 'month', ...DIMENSIONS] },
  { name: 'fmr_daily', labels: ['fmp', 'day', 'week', 'month', 'direction'] },
  { name: 'fmr_monthly', labels: ['fmp', 'month', ...DIMENSIONS] },
];
const DEFAULT_TIME_ZONE = 'Africa/Kampala';

/** The local day, ISO 8601 week and month of an instant on a time zone's wall clock. */
function localPeriods(instant: string, timeZone: string, formats: Map<string, Intl.DateTimeFormat>) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const thursday = new Date(Date.UTC(year, month - 1, day));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    day: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    week: `${pad(weekYear, 4)}-W${pad(week)}`,
    month: `${pad(year, 4)}-${pad(month)}`,
  };
}

/** Sums every FMR record into each table's row of its labels; records without a valid `observed_at` are left out. */
function fillFromRecords(db: Db): void {
  const timeZones = new Map(db.prepare<[], [string, string]>('SELECT code, time_zone FROM fmps').raw().all());
  const formats = new Map<string, Intl.DateTimeFormat>();
  const tables = TABLES.map((table) => ({ ...table, rows: new Map<string, { labels: string[]; counts: number[] }>() }));
  for (const record of db
    .prepare<[], { fmp: string; data: string }>("SELECT fmp, data FROM records WHERE form = 'fmr'")
    .iterate()) {
    const data = JSON.parse(record.data) as Record<string, unknown>;
    if (typeof data.observed_at !== 'string' || Number.isNaN(Date.parse(data.observed_at))) continue;
    const row: Record<string, string> = {
      fmp: record.fmp,
      ...localPeriods(data.observed_at, timeZones.get(record.fmp) ?? DEFAULT_TIME_ZONE, formats),
      ...Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, String(data[dimension] ?? '')])),
    };
    const counts = [1, ...COUNT_FIELDS.map((field) => Number(data[field] ?? 0))];
    for (const table of tables) {
      const labels = table.labels.map((column) => row[column] ?? '');
      const key = labels.join('\u0000');
      const sum = table.rows.get(key);
      if (sum) counts.forEach((n, i) => (sum.counts[i] = (sum.counts[i] ?? 0) + n));
      else table.rows.set(key, { labels, counts: [...counts] });
    }
  }
  for (const table of tables) {
    const columns = [...table.labels, 'records', ...COUNT_FIELDS];
    const insert = db.prepare(
      `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const { labels, counts } of table.rows.values()) insert.run(...labels, ...counts);
  }
}

/** The record count and the twelve cells, as in `COUNTS`. */
const POSTGRES_COUNTS = `records BIGINT NOT NULL,
    males_0_4 BIGINT NOT NULL, males_5_17 BIGINT NOT NULL, males_18_59 BIGINT NOT NULL, males_60_plus BIGINT NOT NULL,
    females_0_4 BIGINT NOT NULL, females_5_17 BIGINT NOT NULL, females_18_59 BIGINT NOT NULL, females_60_plus BIGINT NOT NULL,
    pregnant_lactating BIGINT NOT NULL, unaccompanied_children BIGINT NOT NULL,
    separated_children BIGINT NOT NULL, disability BIGINT NOT NULL`;

export const postgres = `
  CREATE TABLE fmr_cube (
    fmp TEXT COLLATE "C" NOT NULL,
    day TEXT COLLATE "C" NOT NULL,
    week TEXT COLLATE "C" NOT NULL,
    month TEXT COLLATE "C" NOT NULL,
    direction TEXT COLLATE "C" NOT NULL,
    nationality TEXT COLLATE "C" NOT NULL,
    origin_country TEXT COLLATE "C" NOT NULL,
    destination_country TEXT COLLATE "C" NOT NULL,
    destination_admin2 TEXT COLLATE "C" NOT NULL,
    transport TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    ${POSTGRES_COUNTS},
    PRIMARY KEY (fmp, day, direction, nationality, origin_country, destination_country, destination_admin2, transport, reason)
  );
  CREATE INDEX fmr_cube_day ON fmr_cube (day);

  CREATE TABLE fmr_daily (
    fmp TEXT COLLATE "C" NOT NULL,
    day TEXT COLLATE "C" NOT NULL,
    week TEXT COLLATE "C" NOT NULL,
    month TEXT COLLATE "C" NOT NULL,
    direction TEXT COLLATE "C" NOT NULL,
    ${POSTGRES_COUNTS},
    PRIMARY KEY (fmp, day, direction)
  );

  CREATE TABLE fmr_monthly (
    fmp TEXT COLLATE "C" NOT NULL,
    month TEXT COLLATE "C" NOT NULL,
    direction TEXT COLLATE "C" NOT NULL,
    nationality TEXT COLLATE "C" NOT NULL,
    origin_country TEXT COLLATE "C" NOT NULL,
    destination_country TEXT COLLATE "C" NOT NULL,
    destination_admin2 TEXT COLLATE "C" NOT NULL,
    transport TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    ${POSTGRES_COUNTS},
    PRIMARY KEY (fmp, month, direction, nationality, origin_country, destination_country, destination_admin2, transport, reason)
  );
`;
