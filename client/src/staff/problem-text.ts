import type { FormProblemCode } from '../../../shared/form-problems.ts';
import type { FormProblem } from '../../../shared/form-versions.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import type { Translate } from '../i18n/translate.ts';

/** Each problem code's catalog entry, written whole so that the key checks find it; every code has one. */
const PROBLEM_KEYS = {
  'not-xlsx': 'staff-form-problems.not-xlsx',
  'missing-sheet': 'staff-form-problems.missing-sheet',
  'unknown-column': 'staff-form-problems.unknown-column',
  'language-without-code': 'staff-form-problems.language-without-code',
  'undeclared-language': 'staff-form-problems.undeclared-language',
  'missing-setting': 'staff-form-problems.missing-setting',
  'invalid-version': 'staff-form-problems.invalid-version',
  'missing-form-title': 'staff-form-problems.missing-form-title',
  'missing-label': 'staff-form-problems.missing-label',
  'missing-hint': 'staff-form-problems.missing-hint',
  'missing-constraint-message': 'staff-form-problems.missing-constraint-message',
  'missing-message': 'staff-form-problems.missing-message',
  'duplicate-name': 'staff-form-problems.duplicate-name',
  'unknown-type': 'staff-form-problems.unknown-type',
  'column-not-held': 'staff-form-problems.column-not-held',
  'missing-name': 'staff-form-problems.missing-name',
  'missing-choice-list': 'staff-form-problems.missing-choice-list',
  'unknown-field': 'staff-form-problems.unknown-field',
  'message-without-constraint': 'staff-form-problems.message-without-constraint',
  'missing-constraint': 'staff-form-problems.missing-constraint',
  'missing-limits': 'staff-form-problems.missing-limits',
  'invalid-default': 'staff-form-problems.invalid-default',
  'self-outside-constraint': 'staff-form-problems.self-outside-constraint',
  'end-without-begin': 'staff-form-problems.end-without-begin',
  'unbalanced-group': 'staff-form-problems.unbalanced-group',
  'empty-group': 'staff-form-problems.empty-group',
  'unclosed-group': 'staff-form-problems.unclosed-group',
  'missing-list-name': 'staff-form-problems.missing-list-name',
  'duplicate-choice': 'staff-form-problems.duplicate-choice',
  'unused-choice-list': 'staff-form-problems.unused-choice-list',
  'missing-code': 'staff-form-problems.missing-code',
  'invalid-severity': 'staff-form-problems.invalid-severity',
  'unknown-check': 'staff-form-problems.unknown-check',
  'missing-check-value': 'staff-form-problems.missing-check-value',
  'one-field': 'staff-form-problems.one-field',
  'invalid-number': 'staff-form-problems.invalid-number',
  'invalid-value': 'staff-form-problems.invalid-value',
  'unexpected-character': 'staff-form-problems.unexpected-character',
  'unterminated-string': 'staff-form-problems.unterminated-string',
  'invalid-reference': 'staff-form-problems.invalid-reference',
  'unexpected-token': 'staff-form-problems.unexpected-token',
  'unexpected-end': 'staff-form-problems.unexpected-end',
  'unknown-function': 'staff-form-problems.unknown-function',
  'wrong-argument-count': 'staff-form-problems.wrong-argument-count',
  'too-deep': 'staff-form-problems.too-deep',
  'invalid-definition': 'staff-form-problems.invalid-definition',
  'unknown-form': 'staff-form-problems.unknown-form',
  'fmr-count-field-missing': 'staff-form-problems.fmr-count-field-missing',
} as const satisfies Record<FormProblemCode, MessageKey>;

/**
 * A form problem in the staff member's language, from its code's catalog entry filled with its params. The
 * server's English message stands in for a code this client does not know or params it lacks (a newer or
 * older server): the problem is then shown in English rather than not at all.
 */
export function problemText(t: Translate, problem: FormProblem): string {
  const key = (PROBLEM_KEYS as Partial<Record<string, MessageKey>>)[problem.code];
  if (!key || !problem.params) return problem.message;
  try {
    return t(key, problem.params);
  } catch {
    return problem.message;
  }
}
