import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES as COMPLETE_LANGUAGES } from '../../../shared/i18n.ts';
import { SOURCE_LANGUAGE, languageCodes, readLanguage, readScreens } from '../../build/catalog-files.ts';

const english = readScreens(SOURCE_LANGUAGE);
const partial = languageCodes().filter((code) => !(COMPLETE_LANGUAGES as readonly string[]).includes(code));

/** The arguments a message takes, with their kind ("n:plural", "date:argument"), through plural branches too. */
function argumentsOf(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((el): string[] => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return [];
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      return [`${el.value}:${TYPE[el.type]}`, ...Object.values(el.options).flatMap((o) => argumentsOf(o.value))];
    }
    if (el.type === TYPE.tag) return argumentsOf(el.children);
    return [`${el.value}:${TYPE[el.type]}`];
  });
}
const signature = (text: string): string[] => [...new Set(argumentsOf(parse(text, { ignoreTag: true })))].sort();

const englishTexts = Object.entries(english).flatMap(([screen, texts]) =>
  Object.entries(texts).map(([key, text]) => ({ screen, key, text })),
);

describe.each(COMPLETE_LANGUAGES)('the %s catalog, kept complete', (code) => {
  const screens = readScreens(code);

  it('has a text for every English key, with the same arguments', () => {
    for (const { screen, key, text } of englishTexts) {
      const translated = screens[screen]?.[key];
      expect(translated?.trim(), `${code}/${screen}.json: ${key}`).toBeTruthy();
      expect(signature(translated ?? ''), `${code}/${screen}.json: ${key}`).toEqual(signature(text));
    }
  });
});

describe.each(languageCodes())('the %s folder', (code) => {
  it('names the language in itself, its locale and its direction', () => {
    const info = readLanguage(code);
    expect(info.name.trim()).not.toBe('');
    expect(Intl.getCanonicalLocales(info.locale)).toEqual([info.locale]);
  });

  it("holds only keys English has, each a well-formed ICU message with English's arguments", () => {
    for (const [screen, texts] of Object.entries(readScreens(code))) {
      for (const [key, text] of Object.entries(texts)) {
        const source = english[screen]?.[key];
        expect(source, `${code}/${screen}.json: ${key} is not in English`).toBeDefined();
        expect(signature(text), `${code}/${screen}.json: ${key}`).toEqual(signature(source ?? ''));
      }
    }
  });
});

it('treats the languages beyond English, French and Swahili as partial ones', () => {
  expect(partial).toContain('ar');
});
