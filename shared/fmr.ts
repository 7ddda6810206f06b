// The Flow Monitoring Registry: names and limits every part of the system agrees on.
export const FMR_FORM_ID = 'fmr';
export const FMR_FORM_VERSION = 1;

/** A typing error, not a count: no cell of the grid holds more, even for a one-hour tally interval. */
export const MAX_COUNT_PER_FIELD = 9999;
/** Above this a "group" is a crowd: count it with a tally session instead. */
export const MAX_GROUP_SIZE = 500;

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export const TRANSPORTS = ['foot', 'bicycle', 'motorbike', 'car', 'bus', 'truck', 'boat', 'other'] as const;
export const REASONS = [
  'economic',
  'family',
  'seasonal',
  'education',
  'health',
  'buy_goods',
  'services',
  'tourism',
  'conflict',
  'disaster',
  'return_home',
  'other',
] as const;
export const DURATIONS = [
  'less_than_day',
  'day_to_week',
  'week_to_month',
  'one_to_three_months',
  'more_than_three_months',
  'permanent',
  'unknown',
] as const;
/** A record is one group observed crossing, or one closed interval of a tally session. */
type FmrSource = 'group' | 'tally';

export const SEXES = ['males', 'females'] as const;
type Sex = (typeof SEXES)[number];
/** The grid's age bands, youngest first, as its field names end. */
export const AGE_BANDS = ['0_4', '5_17', '18_59', '60_plus'] as const;
type AgeBand = (typeof AGE_BANDS)[number];
/** How a person reads each age band, the same in every language. */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = {
  '0_4': '0–4',
  '5_17': '5–17',
  '18_59': '18–59',
  '60_plus': '60+',
};

type GridField = `${Sex}_${AgeBand}`;
/** The grid's cells for these sexes and age bands: each sex's bands in turn, youngest first. */
const cells = (sexes: readonly Sex[], bands: readonly AgeBand[]): readonly GridField[] =>
  sexes.flatMap((sex) => bands.map((band): GridField => `${sex}_${band}`));

/** One cell per sex and age band: males first. */
export const GRID_FIELDS = cells(SEXES, AGE_BANDS);
export const CHILD_FIELDS = cells(SEXES, ['0_4', '5_17']);
/** The female age bands in which a woman or girl can be pregnant or breastfeeding. */
export const CHILDBEARING_FIELDS = cells(['females'], ['5_17', '18_59']);
export const VULNERABILITY_FIELDS = [
  'pregnant_lactating',
  'unaccompanied_children',
  'separated_children',
  'disability',
] as const;
type VulnerabilityField = (typeof VULNERABILITY_FIELDS)[number];
/** Every count an FMR record holds, in export order: the grid, then the vulnerabilities. */
export const FMR_COUNT_FIELDS: readonly FmrCountField[] = [...GRID_FIELDS, ...VULNERABILITY_FIELDS];
export type FmrCountField = GridField | VulnerabilityField;

/** The aggregate measures that add up grid cells: children are 0-17, adults 18 and over, elderly 60 and over. */
export const GRID_MEASURES = {
  individuals: GRID_FIELDS,
  males: cells(['males'], AGE_BANDS),
  females: cells(['females'], AGE_BANDS),
  children: CHILD_FIELDS,
  adults: cells(SEXES, ['18_59', '60_plus']),
  elderly: cells(SEXES, ['60_plus']),
} as const satisfies Record<string, readonly GridField[]>;

/** Canonical FMR columns, in export order (docs/api.md). */
export const FMR_FIELDS = [
  'fmp',
  'observed_at',
  'direction',
  'origin_country',
  'origin_admin1',
  'origin_admin2',
  'destination_country',
  'destination_admin1',
  'destination_admin2',
  'nationality',
  'transport',
  'reason',
  'duration',
  ...FMR_COUNT_FIELDS,
  'estimated',
  'notes',
] as const;

/** The typed view of a valid FMR v1 record's data; the definition in forms/fmr-v1.ts is the rule. */
export type FmrData = {
  fmp: string;
  observed_at: string;
  direction: (typeof DIRECTIONS)[number];
  origin_country?: string | null;
  origin_admin1?: string | null;
  origin_admin2?: string | null;
  destination_country?: string | null;
  destination_admin1?: string | null;
  destination_admin2?: string | null;
  /** Asked of a group; a tally interval may leave the countries empty and never has the rest. */
  nationality?: string | null;
  transport?: (typeof TRANSPORTS)[number] | null;
  reason?: (typeof REASONS)[number] | null;
  duration?: (typeof DURATIONS)[number] | null;
  estimated: boolean;
  notes?: string | null;
  source: FmrSource;
  interval_start?: string | null;
  interval_end?: string | null;
} & Record<FmrCountField, number>;
