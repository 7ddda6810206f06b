import { LANGUAGES, type Language } from '../../../shared/i18n.ts';

export { LANGUAGES, type Language };

/** Each language is named in itself, so a person can find their own whatever is shown. */
export const LANGUAGE_NAMES = {
  en: 'English',
  fr: 'Français',
  sw: 'Kiswahili',
} as const satisfies Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}
