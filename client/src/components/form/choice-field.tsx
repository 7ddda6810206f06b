import type { Strings } from '../../i18n/define-strings.ts';
import { useStrings } from '../../i18n/language-context.ts';
import { fmrFieldLabels } from '../../i18n/strings/fmr-field-labels.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import type { FieldErrorCode } from '../../fmr/field-errors.ts';
import type { CHOICE_FIELDS } from '../../fmr/fmr-fields.ts';
import { Field, inputId } from './field.tsx';

interface ChoiceFieldProps<V extends string> {
  name: (typeof CHOICE_FIELDS)[number];
  options: readonly V[];
  labels: Strings<V>;
  value: string;
  error: FieldErrorCode | undefined;
  onChange: (value: string) => void;
}

export function ChoiceField<V extends string>({ name, options, labels, value, error, onChange }: ChoiceFieldProps<V>) {
  const fieldLabels = useStrings(fmrFieldLabels);
  const s = useStrings(fmrFormStrings);
  const optionLabels = useStrings(labels);
  return (
    <Field name={name} label={fieldLabels[name]} error={error}>
      <select
        id={inputId(name)}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{s.choose}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabels[option]}
          </option>
        ))}
      </select>
    </Field>
  );
}
