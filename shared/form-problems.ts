/**
 * Every code a form problem can have, with the names of the params it carries: what its message mentions
 * (names, values, languages, counts), so that a client writes the problem in its own language from a
 * catalog entry per code. The one list: a code not here does not typecheck where a problem is built, and
 * the client's catalog test asks each language for an entry per code taking exactly these params.
 */
export const FORM_PROBLEM_PARAMS = {
  // The workbook and its sheets.
  'not-xlsx': [],
  'missing-sheet': ['sheet'],
  'unknown-column': ['column'],
  /** `written`: the header or cell as written; `example`: the same with a language code. */
  'language-without-code': ['written', 'example'],
  'undeclared-language': ['written'],
  // Settings.
  'missing-setting': ['column'],
  'invalid-version': ['written'],
  'missing-form-title': ['language'],
  // Texts missing in a declared language.
  'missing-label': ['language'],
  'missing-hint': ['language'],
  'missing-constraint-message': ['language'],
  'missing-message': ['language'],
  // Questions, groups and choices.
  'duplicate-name': ['name', 'first'],
  /** `reason`: unknown, empty, needsArgument (`argument`: list, country or admin1) or takesNoArgument. */
  'unknown-type': ['type', 'reason', 'argument'],
  /** `holder`: note, group, endGroup or check (`check`: its kind). */
  'column-not-held': ['column', 'holder', 'check'],
  /** `of`: question, choice or group. */
  'missing-name': ['of'],
  'missing-choice-list': ['list'],
  'unknown-field': ['name'],
  'message-without-constraint': [],
  'missing-constraint': ['type', 'shape'],
  'missing-limits': ['type', 'shape', 'written'],
  'invalid-default': ['written', 'type'],
  'self-outside-constraint': ['expression'],
  'end-without-begin': [],
  'unbalanced-group': ['name', 'open'],
  'empty-group': ['name'],
  'unclosed-group': ['name'],
  'missing-list-name': [],
  'duplicate-choice': ['value', 'list'],
  'unused-choice-list': ['list'],
  // Rules.
  'missing-code': [],
  'invalid-severity': ['written'],
  'unknown-check': ['written', 'known'],
  'missing-check-value': ['column', 'check'],
  'one-field': ['check'],
  'invalid-number': ['column', 'written'],
  'invalid-value': ['written'],
  // Expressions: `near` is the text at the `character` (counted from 1) of the `expression`.
  'unexpected-character': ['expression', 'character', 'near'],
  'unterminated-string': ['expression', 'character', 'near'],
  'invalid-reference': ['expression', 'character', 'near'],
  'unexpected-token': ['expression', 'character', 'near'],
  'unexpected-end': ['expression', 'character', 'near'],
  'unknown-function': ['expression', 'character', 'near'],
  'wrong-argument-count': ['expression', 'character', 'near', 'expected'],
  'too-deep': ['expression', 'character', 'near'],
  // The definition schema: `where` is the definition's path, `detail` its English sentence.
  'invalid-definition': ['where', 'detail'],
  // Publication.
  'unknown-form': ['form', 'known'],
  'fmr-count-field-missing': ['name'],
} as const satisfies Record<string, readonly string[]>;

export type FormProblemCode = keyof typeof FORM_PROBLEM_PARAMS;

export const FORM_PROBLEM_CODES = Object.keys(FORM_PROBLEM_PARAMS) as FormProblemCode[];

/** The params a problem of `code` carries, each one named in FORM_PROBLEM_PARAMS. */
export type FormProblemParams<C extends FormProblemCode> = Readonly<
  Record<(typeof FORM_PROBLEM_PARAMS)[C][number], string | number>
>;

/** Any problem's params, as a client receives them. */
export type ProblemParams = Readonly<Record<string, string | number>>;
