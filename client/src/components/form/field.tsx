import type { ComponentChildren } from 'preact';
import type { FieldErrorCode } from '../../fmr/field-errors.ts';
import type { FmrField } from '../../fmr/fmr-fields.ts';
import { useStrings } from '../../i18n/language-context.ts';
import { validationStrings } from '../../i18n/strings/validation.ts';

interface FieldProps {
  name: FmrField;
  label: string;
  hint?: string;
  error?: FieldErrorCode | undefined;
  children: ComponentChildren;
}

export const inputId = (name: string): string => `f-${name}`;

export function Field({ name, label, hint, error, children }: FieldProps) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={inputId(name)}>{label}</label>
      {children}
      {hint && <p class="hint">{hint}</p>}
      <FieldErrorText name={name} error={error} />
    </div>
  );
}

export function FieldErrorText({ name, error }: { name: FmrField; error: FieldErrorCode | undefined }) {
  const messages = useStrings(validationStrings);
  if (!error) return null;
  return (
    <p class="field-error" role="alert" data-testid="field-error" data-field={name}>
      {messages[error]}
    </p>
  );
}
