/** One thing wrong with an uploaded XLSForm, where a person finds it in a spreadsheet program. */
export interface XlsformProblem {
  sheet: string;
  /** The spreadsheet's own row number: the header is row 1. */
  row?: number;
  /** The column's header, as written in row 1. */
  column?: string;
  /** `D12`. */
  cell?: string;
  code: string;
  message: string;
}
