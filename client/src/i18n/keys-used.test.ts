import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGE, readScreens } from '../../build/catalog-files.ts';

const SRC = fileURLToPath(new URL('../', import.meta.url));

/** The app's own code: tests are left out, so a key only a test names does not count as used. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const english = readScreens(SOURCE_LANGUAGE);
const englishKeys = new Set(
  Object.entries(english).flatMap(([screen, texts]) => Object.keys(texts).map((key) => `${screen}.${key}`)),
);
const screens = Object.keys(english).map((s) => s.replace(/[-]/g, '\\-'));
/** A key is written whole, in quotes, wherever code names it: t('home.syncNow'), or a table of keys. */
const KEY_LITERAL = new RegExp(`['"\`]((?:${screens.join('|')})\\.[\\w-]+)['"\`]`, 'g');

const code = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const used = new Map<string, string>();
for (const { file, text } of code) for (const m of text.matchAll(KEY_LITERAL)) used.set(m[1] ?? '', file);

describe('message keys in the code and in the English catalog', () => {
  it('finds keys in the code', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('uses only keys the English catalog has', () => {
    const unknown = [...used].filter(([key]) => !englishKeys.has(key)).map(([key, file]) => `${key} in ${file}`);
    expect(unknown).toEqual([]);
  });

  it('uses every key of the English catalog', () => {
    expect([...englishKeys].filter((key) => !used.has(key))).toEqual([]);
  });

  it('never builds a key from pieces, which neither check could see', () => {
    const built = code.filter(({ text }) => /\bt\(\s*`/.test(text)).map(({ file }) => file);
    expect(built).toEqual([]);
  });
});
