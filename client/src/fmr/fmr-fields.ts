import { FMR_FIELDS, GRID_FIELDS, VULNERABILITY_FIELDS } from '../../../shared/fmr.ts';

export type FmrField = (typeof FMR_FIELDS)[number];
export type TextField = Exclude<FmrField, 'estimated'>;
export type CountField = (typeof GRID_FIELDS)[number] | (typeof VULNERABILITY_FIELDS)[number];

/** Typed as ISO codes into text inputs, so the form upper-cases them. */
export const COUNTRY_FIELDS = ['origin_country', 'destination_country', 'nationality'] as const;
export const ADMIN_FIELDS = ['origin_admin1', 'origin_admin2', 'destination_admin1', 'destination_admin2'] as const;
export const COUNT_FIELDS: readonly CountField[] = [...GRID_FIELDS, ...VULNERABILITY_FIELDS];
export const TEXT_FIELDS: readonly TextField[] = FMR_FIELDS.filter((f): f is TextField => f !== 'estimated');
