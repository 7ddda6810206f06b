import type { FormDefinition } from './forms/types.ts';
import type { FormProblemCode, ProblemParams } from './form-problems.ts';

/** The media type of an XLSForm workbook, uploaded or downloaded. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a version arrived: shipped with the software, or published by a staff member. */
export type FormSource = 'built-in' | 'xlsform' | 'json';

/** One published version, without its definition: the form list of the staff pages. */
export interface FormVersionSummary {
  formId: string;
  version: number;
  source: FormSource;
  publishedAt: string;
  /** The publishing staff member's username; null for the built-in versions. */
  publishedBy: string | null;
  retiredAt: string | null;
  /** `in-use`: new records may use it; `retired`: only the records already made on it. */
  state: 'in-use' | 'retired';
}

/** `GET /api/v1/forms`: every stored version, and whether the caller may publish and retire. */
export interface FormListResponse {
  versions: FormVersionSummary[];
  canPublish: boolean;
}

/**
 * One thing wrong with an upload: where a person finds it in the workbook (sheet, row, column) or,
 * for a JSON definition, its path (`fields.3.relevant.field`).
 */
export interface FormProblem {
  sheet?: string;
  /** The spreadsheet's own row number: the header is row 1. */
  row?: number;
  /** The column's header, as written in row 1. */
  column?: string;
  cell?: string;
  path?: string;
  code: FormProblemCode;
  /** What the message mentions, by the names FORM_PROBLEM_PARAMS gives its code: a client words it from these. */
  params: ProblemParams;
  /** The problem in English, for API clients and logs. */
  message: string;
}

/** What changed from one version of a form to the next, by question name and choice value. */
export interface FormChanges {
  /** The version compared with; null when the form has no version yet. */
  from: number | null;
  questionsAdded: string[];
  questionsRemoved: string[];
  /** Questions kept whose definition differs, with the properties that differ (`label`, `relevant`, `choices`...). */
  questionsChanged: { name: string; properties: string[] }[];
  choicesAdded: { question: string; value: string }[];
  choicesRemoved: { question: string; value: string }[];
  rulesAdded: string[];
  rulesRemoved: string[];
  rulesChanged: string[];
}

/** `POST /api/v1/forms/check`: nothing is stored. */
export interface FormCheckResponse {
  definition: FormDefinition | null;
  problems: FormProblem[];
  changes: FormChanges | null;
}

/** `POST /api/v1/forms`: the version as stored. */
export interface FormPublishResponse {
  form: FormVersionSummary;
  changes: FormChanges;
}
