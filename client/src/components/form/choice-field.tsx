import { choicesOf } from '../../forms/field-of.ts';
import { useField } from '../../forms/form-context.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { Field, inputId, type FieldIssues } from './field.tsx';

interface ChoiceFieldProps {
  name: string;
  value: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

export function ChoiceField({ name, value, issues, onChange }: ChoiceFieldProps) {
  const field = useField(name);
  const { language } = useLanguage();
  const s = useStrings(fmrFormStrings);
  return (
    <Field field={field} issues={issues}>
      <select
        id={inputId(name)}
        name={name}
        value={value}
        aria-invalid={issues.error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{s.choose}</option>
        {choicesOf(field).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label[language]}
          </option>
        ))}
      </select>
    </Field>
  );
}
