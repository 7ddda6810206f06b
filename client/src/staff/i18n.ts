import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fillPlaceholders } from '../../../shared/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { staffStrings, type StaffKey } from './strings.ts';

export const StaffLanguage = createContext<Language>('en');

export type Translate = (key: StaffKey, params?: Record<string, string | number>) => string;

export function useT(): { t: Translate; language: Language } {
  const language = useContext(StaffLanguage);
  return { language, t: (key, params) => fillPlaceholders(staffStrings[language][key], params) };
}
