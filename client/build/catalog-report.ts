import { LOCALES_DIR, SOURCE_LANGUAGE, languageCodes, readLanguage, readScreens } from './catalog-files.ts';

interface ScreenCoverage {
  screen: string;
  translated: number;
  total: number;
  /** Keys shown in English in this language until someone translates them. */
  missing: string[];
}

export interface LanguageCoverage {
  code: string;
  name: string;
  screens: ScreenCoverage[];
}

/** How much of each screen each language translates, against the English catalog (the source, so not listed). */
export function catalogCoverage(dir = LOCALES_DIR): LanguageCoverage[] {
  const english = readScreens(SOURCE_LANGUAGE, dir);
  return languageCodes(dir)
    .filter((code) => code !== SOURCE_LANGUAGE)
    .map((code) => {
      const own = readScreens(code, dir);
      const screens = Object.entries(english).map(([screen, texts]): ScreenCoverage => {
        const keys = Object.keys(texts);
        const missing = keys.filter((key) => !own[screen]?.[key]?.trim());
        return { screen, translated: keys.length - missing.length, total: keys.length, missing };
      });
      return { code, name: readLanguage(code, dir).name, screens };
    });
}

const sum = (screens: readonly ScreenCoverage[], pick: (s: ScreenCoverage) => number): number =>
  screens.reduce((n, s) => n + pick(s), 0);

/** The report as text: a table per language, then the keys each one still shows in English. */
export function renderCoverage(coverage: readonly LanguageCoverage[]): string {
  const lines: string[] = [];
  for (const language of coverage) {
    const translated = sum(language.screens, (s) => s.translated);
    const total = sum(language.screens, (s) => s.total);
    lines.push(`${language.code} (${language.name}): ${translated} of ${total} texts translated`);
    for (const s of language.screens) {
      const flag = s.missing.length > 0 ? ' missing' : '';
      lines.push(`  ${s.screen.padEnd(16)} ${String(s.translated).padStart(4)} / ${String(s.total).padEnd(4)}${flag}`);
    }
    const missing = language.screens.flatMap((s) => s.missing.map((key) => `${s.screen}.${key}`));
    if (missing.length > 0) lines.push(`  shown in English: ${missing.join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
