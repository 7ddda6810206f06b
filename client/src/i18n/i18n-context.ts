import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LanguageInfo } from './catalog-types.ts';
import { languageInfo } from './languages.ts';
import type { Translate } from './translate.ts';

/** What every screen of the tablet and the staff pages reads its texts and formats through. */
export interface I18n {
  language: LanguageInfo;
  t: Translate;
  /** Loads the language's catalog, then shows it everywhere and remembers it. */
  setLanguage: (code: string) => void;
}

export const I18nContext = createContext<I18n>({
  language: languageInfo('en'),
  t: (key) => key,
  setLanguage: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
