import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enrolledTablet, type Tablet } from './support/enrolled-tablet.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'fmp-added-language-'));

/** Three texts, in a folder of their own: all a translator adds for a new language. */
const ZEDISH = {
  'language.json': { name: 'Zedish (test)', locale: 'en-GB', dir: 'ltr' },
  'home.json': { syncNow: 'Zync now', newFmr: 'Zew group (FMR)' },
  'common.json': { language: 'Zanguage' },
};

let tablet: Tablet;

beforeAll(async () => {
  // A copy of the app's sources, so the test language never enters the repository's own build.
  for (const part of ['client', 'shared', 'package.json']) {
    cpSync(join(repo, part), join(copy, part), { recursive: true, filter: (src) => !/[/\\](dist|e2e)$/.test(src) });
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  mkdirSync(join(copy, 'client/locales/zz'));
  for (const [file, texts] of Object.entries(ZEDISH))
    writeFileSync(join(copy, 'client/locales/zz', file), JSON.stringify(texts));
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(copy, 'client/vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: copy,
      stdio: 'inherit',
    },
  );
  tablet = await enrolledTablet({ env: { FMP_CLIENT_DIST: join(copy, 'client/dist') } });
});

afterAll(async () => {
  await tablet?.close();
  rmSync(copy, { recursive: true, force: true });
});

it('makes a new language folder selectable at the next build, its texts shown and English for the rest', async () => {
  const { page } = tablet;
  const switcher = page.getByRole('combobox', { name: 'Language' });
  expect(await switcher.getByRole('option').allTextContents()).toContain('Zedish (test)');
  await switcher.selectOption('zz');
  await page.getByRole('button', { name: 'Zync now', exact: true }).waitFor();
  await page.getByRole('button', { name: /^Zew group \(FMR\)/ }).waitFor();
  await page.getByRole('combobox', { name: 'Zanguage' }).waitFor();
  await page.getByRole('button', { name: 'Records on this tablet', exact: true }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zz');
  expect(existsSync(join(repo, 'client/locales/zz'))).toBe(false);
});
