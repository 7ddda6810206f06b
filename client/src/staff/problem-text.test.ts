import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { FORM_PROBLEM_CODES, FORM_PROBLEM_PARAMS, type FormProblemCode } from '../../../shared/form-problems.ts';
import { appMessages, languageCodes, readLanguage, readScreens } from '../../build/catalog-files.ts';
import { compileMessages } from '../../build/compile-messages.ts';
import { createTranslate } from '../i18n/translate.ts';
import { problemText } from './problem-text.ts';

/** The argument names a message reads, through select and plural branches. */
function argumentNames(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((el): string[] => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return [];
    if (el.type === TYPE.tag) return argumentNames(el.children);
    const inside =
      el.type === TYPE.plural || el.type === TYPE.select
        ? Object.values(el.options).flatMap((o) => argumentNames(o.value))
        : [];
    return [el.value, ...inside];
  });
}

/** The options of each select a message reads (`reason`: empty, needsArgument…), through its branches. */
function selectsOf(elements: readonly MessageFormatElement[]): [string, string[]][] {
  return elements.flatMap((el): [string, string[]][] => {
    if (el.type !== TYPE.select && el.type !== TYPE.plural) return [];
    const inside = Object.values(el.options).flatMap((o) => selectsOf(o.value));
    return el.type === TYPE.select ? [[el.value, Object.keys(el.options)], ...inside] : inside;
  });
}

/**
 * Params as a problem of `code` carries them, each a text that shows where it lands: once for every
 * combination of the options of the selects its English entry reads, so that every branch is worded.
 */
function sampleParams(code: FormProblemCode, english: string): Record<string, string>[] {
  const plain = Object.fromEntries(FORM_PROBLEM_PARAMS[code].map((name) => [name, `<${name}>`]));
  return selectsOf(parse(english, { ignoreTag: true })).reduce(
    (sets, [name, options]) => sets.flatMap((set) => options.map((option) => ({ ...set, [name]: option }))),
    [plain],
  );
}
const english = readScreens('en')['staff-form-problems'] ?? {};

it('words problems in the four languages of the staff pages, and no other folder lacks them', () => {
  expect(languageCodes()).toEqual(expect.arrayContaining(['en', 'fr', 'sw', 'ar']));
});

describe.each(languageCodes())('the %s catalog of form problems', (code) => {
  const texts = readScreens(code)['staff-form-problems'] ?? {};
  const t = createTranslate(compileMessages(appMessages(code, 'staff')), readLanguage(code).locale);

  it('has an entry for every code a form problem can have, reading only the params that code carries', () => {
    for (const problem of FORM_PROBLEM_CODES) {
      const text = texts[problem] ?? '';
      expect(text.trim(), `${code}: ${problem}`).not.toBe('');
      const carried: readonly string[] = FORM_PROBLEM_PARAMS[problem];
      const read = argumentNames(parse(text, { ignoreTag: true }));
      expect(
        read.filter((name) => !carried.includes(name)),
        `${code}: ${problem}`,
      ).toEqual([]);
    }
  });

  it('words each problem from its params, leaving no placeholder and never the English message', () => {
    for (const problem of FORM_PROBLEM_CODES) {
      for (const params of sampleParams(problem, english[problem] ?? '')) {
        const worded = problemText(t, { code: problem, params, message: 'ENGLISH' });
        expect(worded, `${code}: ${problem} ${JSON.stringify(params)}`).not.toBe('ENGLISH');
        expect(worded, `${code}: ${problem} ${JSON.stringify(params)}`).not.toMatch(/[{}]/);
      }
    }
  });
});
