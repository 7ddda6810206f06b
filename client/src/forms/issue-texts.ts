import { issueMessage } from '../../../shared/forms/issue-message.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { Issue } from '../../../shared/forms/validate.ts';
import { textIn, type Language } from '../../../shared/i18n.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import type { Translate } from '../i18n/translate.ts';
import { isRuleIssue } from './field-of.ts';

/** Field issue codes whose texts live in the tablet's catalogs, in every language it has. */
const CATALOG_ISSUES: Readonly<Record<string, MessageKey>> = {
  constraint: 'form.issueConstraint',
  'not-a-number': 'form.issueNotANumber',
  'invalid-date': 'form.issueInvalidDate',
  'not-answered': 'form.issueNotAnswered',
};

/**
 * What to show a person for an issue, in their language: a rule's own message, a failed constraint's
 * message from the definition (the catalog's general one where it has none), the catalog's or the
 * shared field messages otherwise, and the code itself for a code nobody knows.
 */
export function issueTextIn(
  form: FormDefinition,
  issue: Pick<Issue, 'code' | 'field' | 'params'>,
  language: Language,
  t: Translate,
): string {
  if (isRuleIssue(form, issue.code)) return issueMessage(form, issue, language);
  if (issue.code === 'constraint') {
    const message = form.fields.find((f) => f.name === issue.field)?.constraintMessage;
    if (message) return textIn(message, language);
  }
  const key = CATALOG_ISSUES[issue.code];
  return key ? t(key, issue.params) : issueMessage(form, issue, language);
}
