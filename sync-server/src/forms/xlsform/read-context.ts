import type { XlsformProblem } from './problems.ts';

/** What every sheet's reader shares: the problems found so far, the declared languages, the question names. */
export interface ReadContext {
  problems: XlsformProblem[];
  /** The languages of the settings' form_title columns, English first. */
  languages: readonly string[];
  defaultLanguage: string | undefined;
  /** Every question name of the survey, so that `${x}` naming none is found. */
  fields: ReadonlySet<string>;
}
