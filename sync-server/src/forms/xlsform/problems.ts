import type { FormProblemCode, ProblemParams } from '../../../../shared/form-problems.ts';

/** One thing wrong with an uploaded XLSForm, where a person finds it in a spreadsheet program. */
export interface XlsformProblem {
  sheet: string;
  /** The spreadsheet's own row number: the header is row 1. */
  row?: number;
  /** The column's header, as written in row 1. */
  column?: string;
  /** `D12`. */
  cell?: string;
  code: FormProblemCode;
  /** What the message mentions, by the names FORM_PROBLEM_PARAMS gives its code. */
  params: ProblemParams;
  message: string;
}
