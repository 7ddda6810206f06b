import { fillPlaceholders, textIn, type Language } from '../i18n.ts';
import { FIELD_ISSUE_MESSAGES, type FieldIssueCode } from './messages.ts';
import type { FormDefinition } from './types.ts';
import type { Issue } from './validate.ts';

const isFieldIssue = (code: string): code is FieldIssueCode => Object.hasOwn(FIELD_ISSUE_MESSAGES, code);

/** What to show a person for an issue, in their language; unknown codes fall back to the code itself. */
export function issueMessage(form: FormDefinition, issue: Pick<Issue, 'code' | 'params'>, language: Language): string {
  const rule = form.rules.find((r) => r.code === issue.code);
  const text = rule?.message ?? (isFieldIssue(issue.code) ? FIELD_ISSUE_MESSAGES[issue.code] : undefined);
  return text ? fillPlaceholders(textIn(text, language), issue.params) : issue.code;
}
