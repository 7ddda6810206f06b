import type { ComponentChildren } from 'preact';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { useStrings } from '../../i18n/language-context.ts';
import { formStrings } from '../../i18n/strings/form.ts';
import { Field, inputId, type FieldIssues } from './field.tsx';

interface SelectFieldProps {
  field: FieldDefinition;
  value: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
  /** The options after "Choose", which stands for no answer yet. */
  children: ComponentChildren;
}

export function SelectField({ field, value, issues, onChange, children }: SelectFieldProps) {
  const s = useStrings(formStrings);
  return (
    <Field field={field} issues={issues}>
      <select
        id={inputId(field.name)}
        name={field.name}
        value={value}
        aria-invalid={issues.error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{s.choose}</option>
        {children}
      </select>
    </Field>
  );
}
