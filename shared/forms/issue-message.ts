import { fillPlaceholders, textIn, type Language } from '../i18n.ts';
import { FIELD_ISSUE_MESSAGES, type FieldIssueCode } from './messages.ts';
import type { FormDefinition } from './types.ts';
import type { Issue } from './validate.ts';

const isFieldIssue = (code: string): code is FieldIssueCode => Object.hasOwn(FIELD_ISSUE_MESSAGES, code);

/**
 * What to show a person for an issue, in their language: a rule's own message, a failed constraint's
 * message from its question (the general one where it has none), the shared field messages otherwise,
 * and the code itself for a code nobody knows.
 */
export function issueMessage(
  form: FormDefinition,
  issue: Pick<Issue, 'code' | 'params'> & { field?: string },
  language: Language,
): string {
  const rule = form.rules.find((r) => r.code === issue.code);
  const constraint =
    issue.code === 'constraint' ? form.fields.find((f) => f.name === issue.field)?.constraintMessage : undefined;
  const text = rule?.message ?? constraint ?? (isFieldIssue(issue.code) ? FIELD_ISSUE_MESSAGES[issue.code] : undefined);
  return text ? fillPlaceholders(textIn(text, language), issue.params) : issue.code;
}
