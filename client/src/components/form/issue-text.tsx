import { issueMessage } from '../../../../shared/forms/issue-message.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { useFormDefinition } from '../../forms/form-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

/** One issue in the person's language: an error blocks finalising, a warning only asks for a second look. */
export function IssueText({ issue }: { issue: Issue | undefined }) {
  const form = useFormDefinition();
  const { language } = useI18n();
  if (!issue) return null;
  const kind = issue.severity === 'error' ? 'field-error' : 'field-warning';
  return (
    <p
      class={kind}
      role={issue.severity === 'error' ? 'alert' : 'status'}
      data-field={issue.field}
      data-code={issue.code}
    >
      {issueMessage(form, issue, language.code)}
    </p>
  );
}
