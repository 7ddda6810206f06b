import { FMR_FIELDS, FMR_TALLY_FIELDS } from '../../../shared/fmr.ts';

/** The record's own answers, in column order: the canonical fields, then how the record was made. */
export const FMR_DATA_COLUMNS = [...FMR_FIELDS, ...FMR_TALLY_FIELDS] as const;
export const FMR_EXPORT_COLUMNS = ['record_id', ...FMR_DATA_COLUMNS, 'enumerator', 'device_id', 'form_version', 'received_at'] as const;
export type FmrExportColumn = (typeof FMR_EXPORT_COLUMNS)[number];

const origin = (tag: string) => `${tag}+origin`;
const destination = (tag: string) => `${tag}+destination`;

/** HXL hashtags (hxlstandard.org), documented in docs/api.md. */
export const FMR_HXL_TAGS: Record<FmrExportColumn, string> = {
  record_id: '#meta+id',
  fmp: '#loc+fmp+code',
  observed_at: '#date+observed',
  direction: '#indicator+direction',
  origin_country: origin('#country+code'),
  origin_admin1: origin('#adm1+code'),
  origin_admin2: origin('#adm2+code'),
  destination_country: destination('#country+code'),
  destination_admin1: destination('#adm1+code'),
  destination_admin2: destination('#adm2+code'),
  nationality: '#country+code+nationality',
  transport: '#indicator+transport',
  reason: '#indicator+reason',
  duration: '#indicator+duration',
  males_0_4: '#affected+m+age0_4',
  males_5_17: '#affected+m+age5_17',
  males_18_59: '#affected+m+age18_59',
  males_60_plus: '#affected+m+age60plus',
  females_0_4: '#affected+f+age0_4',
  females_5_17: '#affected+f+age5_17',
  females_18_59: '#affected+f+age18_59',
  females_60_plus: '#affected+f+age60plus',
  pregnant_lactating: '#affected+f+pregnant_lactating',
  unaccompanied_children: '#affected+children+unaccompanied',
  separated_children: '#affected+children+separated',
  disability: '#affected+disabled',
  estimated: '#meta+estimated',
  notes: '#description+notes',
  source: '#meta+source',
  interval_start: '#date+start',
  interval_end: '#date+end',
  enumerator: '#contact+enumerator',
  device_id: '#meta+device',
  form_version: '#meta+form_version',
  received_at: '#date+received',
};
