import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context.ts';
import { loadEnumerators } from '../settings/settings.ts';

interface EnumeratorPickerProps {
  value: string;
  missing: boolean;
  onChange: (name: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

/** Not a login: the person at a shared tablet picks a name used here before, or types theirs. */
export function EnumeratorPicker({ value, missing, onChange, inputRef }: EnumeratorPickerProps) {
  const { t } = useI18n();
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    void loadEnumerators().then(setKnown);
  }, []);
  return (
    <div class={`field enumerator${missing ? ' has-error' : ''}`}>
      <label for="enumerator">{t('home.enumerator')}</label>
      <input
        id="enumerator"
        name="enumerator"
        ref={inputRef}
        value={value}
        list="enumerator-names"
        autoComplete="off"
        maxLength={100}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <datalist id="enumerator-names">
        {known.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {known.length > 0 && (
        <div class="known-names" role="group" aria-label={t('home.knownNames')}>
          {known.map((name) => (
            <button
              key={name}
              type="button"
              class={name === value ? 'chip selected' : 'chip'}
              aria-pressed={name === value}
              onClick={() => onChange(name)}
            >
              {name}
            </button>
          ))}
        </div>
      )}
      {missing && (
        <p class="field-error" role="alert">
          {t('home.enumeratorRequired')}
        </p>
      )}
    </div>
  );
}
