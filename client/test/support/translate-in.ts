import { loaders } from 'virtual:i18n/tablet';
import type { LanguageInfo } from '../../src/i18n/catalog-types.ts';
import { languageInfo } from '../../src/i18n/languages.ts';
import { createTranslate, type Translate } from '../../src/i18n/translate.ts';

/** The tablet's texts in a language, from the same built catalog the app loads. */
export async function translateIn(code: string): Promise<{ t: Translate; language: LanguageInfo }> {
  const loader = loaders[code];
  if (!loader) throw new Error(`no catalog for ${code}`);
  const language = languageInfo(code);
  return { t: createTranslate((await loader()).default, language.locale), language };
}
