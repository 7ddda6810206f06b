import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Strings } from './define-strings.ts';
import type { Language } from './languages.ts';

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({ language: 'en', setLanguage: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function useStrings<K extends string>(strings: Strings<K>): Record<K, string> {
  return strings[useLanguage().language];
}
