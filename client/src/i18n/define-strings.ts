import type { Language } from './languages.ts';

export type Strings<K extends string> = Record<Language, Record<K, string>>;

/** English sets the keys; French and Swahili must then translate every one of them. */
export function defineStrings<const K extends string>(
  en: Record<K, string>,
  translations: { fr: Record<K, string>; sw: Record<K, string> },
): Strings<K> {
  return { en, ...translations };
}

/** Replaces {name} placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
