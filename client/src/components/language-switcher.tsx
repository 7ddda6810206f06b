import { useI18n } from '../i18n/i18n-context.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** Every language there is a catalog for, each named in itself. */
export function LanguageSwitcher() {
  const { t, language, setLanguage } = useI18n();
  return (
    <label class="language-switcher">
      <span class="visually-hidden">{t('common.language')}</span>
      <select name="language" value={language.code} onChange={(e) => setLanguage(e.currentTarget.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
