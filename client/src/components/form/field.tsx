import { textIn } from '../../../../shared/i18n.ts';
import type { ComponentChildren } from 'preact';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { IssueText } from './issue-text.tsx';

export interface FieldIssues {
  error?: Issue | undefined;
  warning?: Issue | undefined;
}

interface FieldProps {
  field: FieldDefinition;
  issues?: FieldIssues | undefined;
  /** Says how to type into this kind of input, beside the question's own hint. */
  inputHint?: string | undefined;
  children: ComponentChildren;
}

export const inputId = (name: string): string => `f-${name}`;

export const issueClass = (issues: FieldIssues | undefined): string =>
  issues?.error ? ' has-error' : issues?.warning ? ' has-warning' : '';

export function Field({ field, issues, inputHint, children }: FieldProps) {
  const { language } = useI18n();
  return (
    <div class={`field${issueClass(issues)}`}>
      <label for={inputId(field.name)}>{textIn(field.label, language.code)}</label>
      {children}
      {field.hint && <p class="hint">{textIn(field.hint, language.code)}</p>}
      {inputHint && <p class="hint">{inputHint}</p>}
      <IssueText issue={issues?.error} />
      <IssueText issue={issues?.warning} />
    </div>
  );
}
