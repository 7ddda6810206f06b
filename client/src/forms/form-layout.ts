import { directionCountries, type Deployment } from '../../../shared/deployment.ts';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
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

const FMR_GRID: GridLayout = {
  columns: SEXES.map((sex) => ({ sex, fields: GRID_MEASURES[sex] })),
  rowLabels: AGE_BANDS.map((band) => AGE_BAND_LABELS[band]),
};

/** Most groups come from across the border into the deployment's country; the person changes what differs. */
function fmrLayout(deployment: Deployment | null): FormLayout {
  const follow = deployment ? directionCountries(deployment) : null;
  const across = deployment?.neighbours[0];
  return {
    fixed: { source: 'group' },
    defaults: {
      ...follow?.incoming,
      ...(across ? { nationality: across } : {}),
      estimated: false,
      ...zeros(FMR_COUNT_FIELDS),
    },
    ...(follow ? { follow: { field: 'direction', values: follow } } : {}),
    counts: FMR_COUNT_FIELDS,
    grid: FMR_GRID,
  };
}

export function formLayout(form: EntryForm, deployment: Deployment | null): FormLayout {
  if (form === 'fmr') return fmrLayout(deployment);
  if (form === 'fms') return { fixed: {}, defaults: {}, counts: [] };
  return { fixed: {}, defaults: zeros(SCREENING_COUNTS), counts: SCREENING_COUNTS };
}

export function isEntryForm(id: string): id is EntryForm {
  return (ENTRY_FORMS as readonly string[]).includes(id);
}
