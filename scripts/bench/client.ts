import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchBrowser } from './client-browser.ts';
import { SHELL_BUDGET_GZIP_BYTES, measureBundle } from './client-bundle-size.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const p50p95 = (times: { p50: number; p95: number }): string => `p50 ${times.p50} ms, p95 ${times.p95} ms`;

/** The enumerator app's numbers as a Markdown section: what it downloads, how fast it saves and starts. */
export async function benchClient(): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Measured from a fresh build, so the sizes are those of the code as it is now.
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const size = measureBundle(`${root}client/dist/`);
  const browser = await benchBrowser();
  const tabletCatalogs = size.catalogs.filter((c) => c.app === 'tablet');
  const largestCatalog = Math.max(0, ...tabletCatalogs.map((c) => c.gzipBytes));
  // The first screen needs the shell and the catalog of the tablet's language: the largest one is counted.
  const firstScreen = size.shell.gzipBytes + largestCatalog;
  const shellOk = firstScreen <= SHELL_BUDGET_GZIP_BYTES;
  const catalogOf = (app: string, language: string) =>
    size.catalogs.find((c) => c.app === app && c.language === language)?.gzipBytes ?? 0;
  const languages = [...new Set(size.catalogs.map((c) => c.language))];
  const { precache } = size;
  const { saveMs, coldStartMs } = browser;
  const firstScreenSize = `${kb(firstScreen)} gzipped, budget ${kb(SHELL_BUDGET_GZIP_BYTES)}: ${shellOk ? 'within' : 'OVER'}`;
  return [
    '',
    '## Enumerator app (client)',
    '',
    '| measure | value |',
    '| --- | --- |',
    `| precache, downloaded once (${precache.files} files) | ${kb(precache.gzipBytes)} gzipped (${kb(precache.bytes)} raw) |`,
    `| shell: ${size.shell.files.join(', ')} | ${kb(size.shell.gzipBytes)} gzipped |`,
    `| shell and the largest tablet catalog, before the first screen | ${firstScreenSize} |`,
    `| save one record with ${browser.recordsOnDevice.toLocaleString('en')} on the device (${saveMs.runs} saves) | ${p50p95(saveMs)} |`,
    `| cold start offline to interactive home, 4x CPU throttling (${coldStartMs.runs} starts) | ${p50p95(coldStartMs)} |`,
    '',
    'Chromium (Debian), headless, on this machine; the save is timed in the page from the button press until home is back.',
    '',
    'Message catalogs (`client/locales/`), one chunk per app and language, English filling any gap; a device loads only',
    'the one of the language it shows (decision 0070):',
    '',
    '| language | tablet catalog | staff catalog |',
    '| --- | ---: | ---: |',
    ...languages.map((l) => `| ${l} | ${kb(catalogOf('tablet', l))} gzipped | ${kb(catalogOf('staff', l))} gzipped |`),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await benchClient());
}
