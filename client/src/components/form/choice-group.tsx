import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { choicesOf } from '../../forms/field-of.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { issueClass, type FieldIssues } from './field.tsx';
import { IssueText } from './issue-text.tsx';

interface ChoiceGroupProps {
  field: FieldDefinition;
  issues: FieldIssues;
  type: 'radio' | 'checkbox';
  selected: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}

/** Answers as big tappable boxes; real inputs underneath, so keyboards and screen readers work as usual. */
export function ChoiceGroup({ field, issues, type, selected, onToggle }: ChoiceGroupProps) {
  const { language } = useLanguage();
  return (
    <fieldset class={`choice-group field${issueClass(issues)}`} data-field={field.name}>
      <legend>{field.label[language]}</legend>
      {field.hint && <p class="hint">{field.hint[language]}</p>}
      <div class={`choices ${type}`}>
        {choicesOf(field).map((choice) => (
          <label key={choice.value} class={`choice${selected(choice.value) ? ' selected' : ''}`}>
            <input
              type={type}
              name={field.name}
              value={choice.value}
              checked={selected(choice.value)}
              onChange={(e) => onToggle(choice.value, e.currentTarget.checked)}
            />
            <span>{choice.label[language]}</span>
          </label>
        ))}
      </div>
      <IssueText issue={issues.error} />
      <IssueText issue={issues.warning} />
    </fieldset>
  );
}
