import { textIn } from '../../../../shared/i18n.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { choicesOf } from '../../forms/field-of.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
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
  const { language } = useI18n();
  return (
    <fieldset class={`choice-group field${issueClass(issues)}`} data-field={field.name}>
      <legend>{textIn(field.label, language.code)}</legend>
      {field.hint && <p class="hint">{textIn(field.hint, language.code)}</p>}
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
            <span>{textIn(choice.label, language.code)}</span>
          </label>
        ))}
      </div>
      <IssueText issue={issues.error} />
      <IssueText issue={issues.warning} />
    </fieldset>
  );
}
