import type { Language } from './languages.ts';

export type Strings<K extends string> = Record<Language, Record<K, string>>;

/** English sets the keys; French and Swahili must then translate every one of them. */
export function defineStrings<const K extends string>(
  en: Record<K, string>,
  translations: { fr: Record<K, string>; sw: Record<K, string> },
): Strings<K> {
  return { en, ...translations };
}
