import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchBrowser } from './client-browser.ts';
import { SHELL_BUDGET_GZIP_BYTES, measureBundle } from './client-bundle-size.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The enumerator app's numbers as a Markdown section: what it downloads, how fast it saves and starts. */
export async function benchClient(): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // Measured from a fresh build, so the sizes are those of the code as it is now.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const size = measureBundle(`${root}client/dist/`);
  const browser = await benchBrowser();
  const shellOk = size.shell.gzipBytes <= SHELL_BUDGET_GZIP_BYTES;
  return [
    '',
    '## Enumerator app (client)',
    '',
    '| measure | value |',
    '| --- | --- |',
    `| precache, downloaded once (${size.precache.files} files) | ${kb(size.precache.gzipBytes)} gzipped (${kb(size.precache.bytes)} raw) |`,
    `| shell: ${size.shell.files.join(', ')} | ${kb(size.shell.gzipBytes)} gzipped, budget ${kb(SHELL_BUDGET_GZIP_BYTES)}: ${shellOk ? 'within' : 'OVER'} |`,
    `| save one record with ${browser.recordsOnDevice.toLocaleString('en')} on the device (${browser.saveMs.runs} saves) | p50 ${browser.saveMs.p50} ms, p95 ${browser.saveMs.p95} ms |`,
    `| cold start offline to interactive home, 4x CPU throttling (${browser.coldStartMs.runs} starts) | p50 ${browser.coldStartMs.p50} ms, p95 ${browser.coldStartMs.p95} ms |`,
    '',
    'Chromium (Debian), headless, on this machine; the save is timed in the page from the button press until home is back.',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await benchClient());
}
