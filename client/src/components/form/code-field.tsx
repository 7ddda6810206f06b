import type { FieldErrorCode } from '../../fmr/field-errors.ts';
import type { ADMIN_FIELDS, COUNTRY_FIELDS } from '../../fmr/fmr-fields.ts';
import { useStrings } from '../../i18n/language-context.ts';
import { fmrFieldLabels } from '../../i18n/strings/fmr-field-labels.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { Field, inputId } from './field.tsx';

type CodeFieldName = (typeof COUNTRY_FIELDS)[number] | (typeof ADMIN_FIELDS)[number];

interface CodeFieldProps {
  name: CodeFieldName;
  kind: 'country' | 'admin';
  value: string;
  error: FieldErrorCode | undefined;
  onChange: (value: string) => void;
}

/** ISO codes are upper case; typing them in lower case on a tablet keyboard should still work. */
export function CodeField({ name, kind, value, error, onChange }: CodeFieldProps) {
  const labels = useStrings(fmrFieldLabels);
  const s = useStrings(fmrFormStrings);
  return (
    <Field name={name} label={labels[name]} hint={kind === 'country' ? s.countryHint : s.adminHint} error={error}>
      <input
        id={inputId(name)}
        name={name}
        class="code-input"
        value={value}
        maxLength={kind === 'country' ? 3 : 6}
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        placeholder={kind === 'country' ? 'UGA' : 'UG-406'}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onChange(e.currentTarget.value.toUpperCase())}
      />
    </Field>
  );
}
