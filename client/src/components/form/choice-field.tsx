import { textIn } from '../../../../shared/i18n.ts';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { choicesOf } from '../../forms/field-of.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ChoiceGroup } from './choice-group.tsx';
import type { FieldIssues } from './field.tsx';
import { SelectField } from './select-field.tsx';

interface ChoiceFieldProps {
  field: FieldDefinition;
  value: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

/** Up to this many answers fit as big buttons on a 360 px screen; longer lists are a select. */
const MAX_BUTTONS = 4;

export function ChoiceField({ field, value, issues, onChange }: ChoiceFieldProps) {
  const { language } = useI18n();
  const choices = choicesOf(field);
  if (choices.length <= MAX_BUTTONS) {
    return (
      <ChoiceGroup
        field={field}
        issues={issues}
        type="radio"
        selected={(v) => v === value}
        onToggle={(v) => onChange(v)}
      />
    );
  }
  return (
    <SelectField field={field} value={value} issues={issues} onChange={onChange}>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {textIn(choice.label, language.code)}
        </option>
      ))}
    </SelectField>
  );
}
