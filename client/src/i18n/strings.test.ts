import { describe, expect, it } from 'vitest';
import type { Strings } from './define-strings.ts';
import { LANGUAGES } from './languages.ts';
import { commonStrings } from './strings/common.ts';
import { enrollStrings } from './strings/enroll.ts';
import { dataFileStrings } from './strings/data-file.ts';
import { formStrings } from './strings/form.ts';
import { homeStrings } from './strings/home.ts';
import { recordStateStrings } from './strings/record-states.ts';
import { sendAgainStrings } from './strings/send-again.ts';
import { storageStrings } from './strings/storage.ts';
import { syncStrings } from './strings/sync.ts';
import { tallyStrings } from './strings/tally.ts';
import { updateStrings } from './strings/update.ts';

/** Labels, choices and validation messages live in the shared form definitions and are tested there. */
const dictionaries: Record<string, Strings<string>> = {
  commonStrings, dataFileStrings, enrollStrings, formStrings, homeStrings, recordStateStrings, sendAgainStrings, storageStrings, syncStrings, tallyStrings,
  updateStrings,
};

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each(Object.entries(dictionaries))('the %s dictionary', (_name, strings) => {
  it.each(LANGUAGES)('has a non-empty %s text for every English key', (language) => {
    for (const key of Object.keys(strings.en)) {
      expect(strings[language][key]?.trim(), `${language}.${key}`).toBeTruthy();
    }
  });

  it.each(LANGUAGES)('keeps the same placeholders in %s as in English', (language) => {
    for (const [key, english] of Object.entries(strings.en)) {
      expect(placeholders(strings[language][key] ?? ''), `${language}.${key}`).toEqual(placeholders(english));
    }
  });
});
