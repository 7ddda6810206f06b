import languages from 'virtual:i18n/languages';
import type { LanguageInfo } from './catalog-types.ts';

/** The languages there are catalogs for, English first: each folder under client/locales/ is one. */
export const LANGUAGES: readonly LanguageInfo[] = languages;

const ENGLISH: LanguageInfo = { code: 'en', name: 'English', locale: 'en', dir: 'ltr' };

export function isLanguage(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGES.some((l) => l.code === value);
}

export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0] ?? ENGLISH;
}

/** The first of the browser's languages there is a catalog for, by full tag ("pt-BR") and then by base ("ar-SD" is "ar"). */
export function preferredLanguage(browserLanguages: readonly string[]): string {
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    const match =
      LANGUAGES.find((l) => l.code.toLowerCase() === lower) ?? LANGUAGES.find((l) => l.code === lower.split('-')[0]);
    if (match) return match.code;
  }
  return 'en';
}
