import type { ComponentChildren } from 'preact';
import type { FieldDefinition } from '../../../../shared/forms/types.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
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
  const { t } = useI18n();
  return (
    <Field field={field} issues={issues}>
      <select
        id={inputId(field.name)}
        name={field.name}
        value={value}
        aria-invalid={issues.error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('form.choose')}</option>
        {children}
      </select>
    </Field>
  );
}
