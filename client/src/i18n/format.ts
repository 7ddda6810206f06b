import { fillPlaceholders } from '../../../shared/i18n.ts';
import type { Language } from './languages.ts';

/** Regional locales, so dates and numbers follow East and Central African conventions. */
const LOCALES = { en: 'en-UG', fr: 'fr-CD', sw: 'sw-UG' } as const satisfies Record<Language, string>;

export function formatDateTime(value: string | number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatDate(value: string | number | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(value));
}

export function formatTime(value: string | number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

export function formatBytes(bytes: number, language: Language): string {
  const [unit, size] = bytes >= 1e9 ? (['gigabyte', 1e9] as const) : (['megabyte', 1e6] as const);
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}

/** The text of a count's plural category in the language ("1 person", "2 people"); `other` when it has none. */
export type PluralTexts = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export function formatCount(value: number, language: Language, texts: PluralTexts): string {
  const category = new Intl.PluralRules(LOCALES[language]).select(value);
  return fillPlaceholders(texts[category] ?? texts.other, { n: formatNumber(value, language) });
}
