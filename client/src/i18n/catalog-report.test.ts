import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { catalogCoverage, renderCoverage } from '../../build/catalog-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'fmp-locales-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeLanguage(code: string, name: string, screens: Record<string, Record<string, string>>): void {
  mkdirSync(join(dir, code));
  writeFileSync(join(dir, code, 'language.json'), JSON.stringify({ name, locale: code, dir: 'ltr' }));
  for (const [screen, texts] of Object.entries(screens))
    writeFileSync(join(dir, code, `${screen}.json`), JSON.stringify(texts));
}

it('counts per language and screen the texts translated, and lists those shown in English', () => {
  writeLanguage('en', 'English', { home: { a: 'A', b: 'B' }, tally: { c: 'C' } });
  writeLanguage('zz', 'Zedish', { home: { a: 'Za', b: ' ' } });
  const [zz, ...others] = catalogCoverage(dir);
  expect(others).toEqual([]);
  expect(zz?.screens).toEqual([
    { screen: 'home', translated: 1, total: 2, missing: ['b'] },
    { screen: 'tally', translated: 0, total: 1, missing: ['c'] },
  ]);
  expect(renderCoverage(catalogCoverage(dir))).toContain('zz (Zedish): 1 of 3 texts translated');
  expect(renderCoverage(catalogCoverage(dir))).toContain('shown in English: home.b, tally.c');
});
