import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A language as its folder's language.json describes it (client/locales/<code>/language.json). */
export interface LanguageInfo {
  code: string;
  /** The language's name in itself, so a person finds their own whatever is shown. */
  name: string;
  /** The locale Intl formats numbers and dates in, e.g. "sw-UG". */
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** A message as the app receives it: plain text as it is, anything with an argument as its parsed ICU tree. */
export type CompiledMessage = string | MessageFormatElement[];

/** One app's messages in one language, keyed "screen.key", English filling any gap. */
export type Catalog = Readonly<Record<string, CompiledMessage>>;

export type CatalogLoaders = Readonly<Record<string, () => Promise<{ default: Catalog }>>>;
