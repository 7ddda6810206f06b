/**
 * Makes sure the browser tests have Debian's Chromium: finds it, installs it with apt when
 * running as root, or stops with the exact command to run.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.ts';

const path = chromiumPath();

function install(): boolean {
  console.log('Chromium is missing; installing Debian\'s "chromium" package with apt-get...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  return result.status === 0 && existsSync(path);
}

if (existsSync(path)) {
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt && install()) {
  console.log(`Chromium installed at ${path}.`);
  process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}, and it is not there.\n` +
    (hasApt
      ? 'Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n'
      : 'Install Chromium with your system package manager.\n') +
    '\nor point CHROMIUM_PATH at an installed Chromium, then run `npm test` again.',
);
process.exit(1);
