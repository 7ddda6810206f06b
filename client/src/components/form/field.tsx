import type { ComponentChildren } from 'preact';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import type { Issue } from '../../../../shared/forms/validate.ts';
import { useLanguage } from '../../i18n/language-context.ts';
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
  const { language } = useLanguage();
  return (
    <div class={`field${issueClass(issues)}`}>
      <label for={inputId(field.name)}>{field.label[language]}</label>
      {children}
      {field.hint && <p class="hint">{field.hint[language]}</p>}
      {inputHint && <p class="hint">{inputHint}</p>}
      <IssueText issue={issues?.error} />
      <IssueText issue={issues?.warning} />
    </div>
  );
}
