import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  DIRECTION_COUNTRIES,
  FMR_COUNT_FIELDS,
  FMR_FORM_ID,
  GRID_MEASURES,
  SEXES,
} from '../../../shared/fmr.ts';
import type { FormValue } from './form-value.ts';

const ENTRY_FORMS = [FMR_FORM_ID, 'fms', 'screening'] as const;
export type EntryForm = (typeof ENTRY_FORMS)[number];

export interface GridLayout {
  /** One column per sex; rows are the age bands, which read the same in every language. */
  columns: readonly { sex: 'males' | 'females'; fields: readonly string[] }[];
  rowLabels: readonly string[];
}

/** How a form is shown on a tablet: the definitions say what is asked, this says how. */
export interface FormLayout {
  /** Values the person never types: a record made from the FMR form is always one group. */
  fixed: Readonly<Record<string, FormValue>>;
  /** Starting values besides the FMP and the time, which every form fills itself. */
  defaults: Readonly<Record<string, FormValue>>;
  /** Starting values that follow an answer (per answer), in fields the person has not set themselves. */
  follow?: { field: string; values: Readonly<Record<string, Readonly<Record<string, FormValue>>>> };
  /** Counts start at 0 and an emptied count means nobody. */
  counts: readonly string[];
  grid?: GridLayout;
}

const zeros = (fields: readonly string[]): Record<string, string> => Object.fromEntries(fields.map((f) => [f, '0']));
const SCREENING_COUNTS = [
  'screened',
  'adult_males',
  'adult_females',
  'children_under_5',
  'temperature_above_38',
  'isolated',
  'referred',
  'handed_over',
];

export const FORM_LAYOUTS: Readonly<Record<EntryForm, FormLayout>> = {
  fmr: {
    fixed: { source: 'group' },
    // Most groups at the Uganda–DRC FMPs come from the DRC into Uganda; the person changes what differs.
    defaults: { ...DIRECTION_COUNTRIES.incoming, nationality: 'COD', estimated: false, ...zeros(FMR_COUNT_FIELDS) },
    follow: { field: 'direction', values: DIRECTION_COUNTRIES },
    counts: FMR_COUNT_FIELDS,
    grid: {
      columns: SEXES.map((sex) => ({ sex, fields: GRID_MEASURES[sex] })),
      rowLabels: AGE_BANDS.map((band) => AGE_BAND_LABELS[band]),
    },
  },
  fms: { fixed: {}, defaults: {}, counts: [] },
  screening: { fixed: {}, defaults: zeros(SCREENING_COUNTS), counts: SCREENING_COUNTS },
};

export function isEntryForm(id: string): id is EntryForm {
  return (ENTRY_FORMS as readonly string[]).includes(id);
}
