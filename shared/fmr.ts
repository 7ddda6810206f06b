import { z } from 'zod';

export const FMR_FORM_ID = 'fmr';
export const FMR_FORM_VERSION = 1;

/** Above this, a count for one group is a typing error, not a crowd. */
export const MAX_COUNT_PER_GROUP = 1000;

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export const TRANSPORTS = ['foot', 'bicycle', 'motorbike', 'car', 'bus', 'truck', 'boat', 'other'] as const;
export const REASONS = [
  'economic', 'family', 'seasonal', 'education', 'health', 'buy_goods',
  'services', 'tourism', 'conflict', 'disaster', 'return_home', 'other',
] as const;
export const DURATIONS = [
  'less_than_day', 'day_to_week', 'week_to_month', 'one_to_three_months',
  'more_than_three_months', 'permanent', 'unknown',
] as const;

export const GRID_FIELDS = [
  'males_0_4', 'males_5_17', 'males_18_59', 'males_60_plus',
  'females_0_4', 'females_5_17', 'females_18_59', 'females_60_plus',
] as const;
export const VULNERABILITY_FIELDS = [
  'pregnant_lactating', 'unaccompanied_children', 'separated_children', 'disability',
] as const;

/** Canonical FMR columns, in export order (DESIGN.md). */
export const FMR_FIELDS = [
  'fmp', 'observed_at', 'direction',
  'origin_country', 'origin_admin1', 'origin_admin2',
  'destination_country', 'destination_admin1', 'destination_admin2',
  'nationality', 'transport', 'reason', 'duration',
  ...GRID_FIELDS, ...VULNERABILITY_FIELDS,
  'estimated', 'notes',
] as const;

const countryCode = z.string().regex(/^([A-Z]{3})$/, 'ISO 3166-1 alpha-3 code or UNK');
const adminCode = z.string().regex(/^([A-Z]{2}-[A-Z0-9]{1,3}|UNK)$/, 'ISO 3166-2 code or UNK').nullable();
const count = z.int().min(0).max(MAX_COUNT_PER_GROUP);

const gridShape = Object.fromEntries(GRID_FIELDS.map((f) => [f, count])) as Record<(typeof GRID_FIELDS)[number], typeof count>;
const vulnerabilityShape = Object.fromEntries(VULNERABILITY_FIELDS.map((f) => [f, count])) as Record<
  (typeof VULNERABILITY_FIELDS)[number],
  typeof count
>;

export const FmrDataV1 = z
  .strictObject({
    fmp: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/),
    observed_at: z.iso.datetime({ offset: true }),
    direction: z.enum(DIRECTIONS),
    origin_country: countryCode,
    origin_admin1: adminCode,
    origin_admin2: adminCode,
    destination_country: countryCode,
    destination_admin1: adminCode,
    destination_admin2: adminCode,
    nationality: countryCode,
    transport: z.enum(TRANSPORTS),
    reason: z.enum(REASONS),
    duration: z.enum(DURATIONS),
    ...gridShape,
    ...vulnerabilityShape,
    estimated: z.boolean(),
    notes: z.string().max(2000),
  })
  .superRefine((d, ctx) => {
    const total = GRID_FIELDS.reduce((sum, f) => sum + d[f], 0);
    if (total < 1) {
      ctx.addIssue({ code: 'custom', path: ['males_18_59'], message: 'grid-empty' });
    }
  });

export type FmrData = z.infer<typeof FmrDataV1>;

export function groupSize(data: Pick<FmrData, (typeof GRID_FIELDS)[number]>): number {
  return GRID_FIELDS.reduce((sum, f) => sum + data[f], 0);
}
