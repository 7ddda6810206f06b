import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageInfo } from '../src/i18n/catalog-types.ts';

/** One folder per language, named by its code; English is the source every other language falls back to. */
export const LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));
export const SOURCE_LANGUAGE = 'en';

/** A screen's texts: key to ICU MessageFormat text. */
export type ScreenTexts = Readonly<Record<string, string>>;

/** The tablet app and the staff pages each load only their own screens: the staff ones are named staff*. */
export type App = 'tablet' | 'staff';
export const appOfScreen = (screen: string): App => (screen.startsWith('staff') ? 'staff' : 'tablet');

const LANGUAGE_FILE = 'language.json';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function languageCodes(dir = LOCALES_DIR): string[] {
  const codes = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, LANGUAGE_FILE)))
    .map((entry) => entry.name)
    .sort();
  return [SOURCE_LANGUAGE, ...codes.filter((code) => code !== SOURCE_LANGUAGE)];
}

export function readLanguage(code: string, dir = LOCALES_DIR): LanguageInfo {
  const info = readJson(join(dir, code, LANGUAGE_FILE)) as Partial<LanguageInfo>;
  if (typeof info.name !== 'string' || typeof info.locale !== 'string' || (info.dir !== 'ltr' && info.dir !== 'rtl')) {
    throw new Error(`${code}/${LANGUAGE_FILE} needs a name, a locale and a dir (ltr or rtl)`);
  }
  return { code, name: info.name, locale: info.locale, dir: info.dir };
}

/** A language's screens as its files hold them; a screen or a text it lacks is simply absent. */
export function readScreens(code: string, dir = LOCALES_DIR): Record<string, ScreenTexts> {
  const screens: Record<string, ScreenTexts> = {};
  for (const file of readdirSync(join(dir, code))
    .filter((f) => f.endsWith('.json') && f !== LANGUAGE_FILE)
    .sort()) {
    screens[file.slice(0, -'.json'.length)] = readJson(join(dir, code, file)) as ScreenTexts;
  }
  return screens;
}

/** One app's texts in a language, keyed "screen.key", each missing one taken from English. */
export function appMessages(code: string, app: App, dir = LOCALES_DIR): Record<string, string> {
  const own = readScreens(code, dir);
  const messages: Record<string, string> = {};
  for (const [screen, texts] of Object.entries(readScreens(SOURCE_LANGUAGE, dir))) {
    if (appOfScreen(screen) !== app) continue;
    for (const [key, english] of Object.entries(texts)) {
      const translated = own[screen]?.[key];
      messages[`${screen}.${key}`] = translated !== undefined && translated.trim() !== '' ? translated : english;
    }
  }
  return messages;
}
