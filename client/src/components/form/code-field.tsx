import { findAdminArea } from '../../../../shared/code-lists/admin-areas.ts';
import { UNKNOWN, countryName, isCountryCode } from '../../../../shared/code-lists/countries.ts';
import type { Language } from '../../../../shared/i18n.ts';
import { useField } from '../../forms/form-context.ts';
import { useLanguage, useStrings } from '../../i18n/language-context.ts';
import { fmrFormStrings } from '../../i18n/strings/fmr-form.ts';
import { Field, inputId, type FieldIssues } from './field.tsx';

type CodeKind = 'country' | 'admin';

interface CodeFieldProps {
  name: string;
  kind: CodeKind;
  value: string;
  issues: FieldIssues;
  onChange: (value: string) => void;
}

/** Only a complete code is named: a half-typed "CO" must not read as Colombia's alpha-2 code. */
function codeName(kind: CodeKind, code: string, language: Language): string | undefined {
  if (kind === 'country') return isCountryCode(code) ? countryName(code, language) : undefined;
  return findAdminArea(code)?.name;
}

/** ISO codes are upper case; typing them in lower case on a tablet keyboard should still work. */
export function CodeField({ name, kind, value, issues, onChange }: CodeFieldProps) {
  const field = useField(name);
  const { language } = useLanguage();
  const s = useStrings(fmrFormStrings);
  const code = value.trim();
  const named = code === UNKNOWN ? s.unknownCode : codeName(kind, code, language);
  return (
    <Field field={field} issues={issues} inputHint={kind === 'country' ? s.countryHint : s.adminHint}>
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
        aria-invalid={issues.error ? true : undefined}
        onInput={(e) => onChange(e.currentTarget.value.toUpperCase())}
      />
      {named && (
        <p class="code-name" data-testid="code-name" data-field={name} aria-live="polite">
          {named}
        </p>
      )}
    </Field>
  );
}
