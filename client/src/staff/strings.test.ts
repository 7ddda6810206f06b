import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { staffStrings } from './strings.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the staff pages’ texts', () => {
  it.each(LANGUAGES)('exist in %s for every English key, with the same placeholders', (language) => {
    for (const [key, english] of Object.entries(staffStrings.en)) {
      const text: string | undefined = staffStrings[language][key as keyof typeof staffStrings.en];
      expect(text?.trim(), `${language}.${key}`).toBeTruthy();
      expect(placeholders(text ?? ''), `${language}.${key}`).toEqual(placeholders(english));
    }
  });
});
