import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { commonStrings } from '../i18n/strings/common.ts';

export function LanguageSwitcher() {
  const { language, setLanguage } = useLanguage();
  const s = useStrings(commonStrings);
  return (
    <label class="language-switcher">
      <span class="visually-hidden">{s.language}</span>
      <select
        name="language"
        value={language}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLanguage(next)) setLanguage(next);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
