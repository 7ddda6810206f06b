// Makes sure the tests have the system programs they run: Debian's Chromium for the browser tests,
// LibreOffice Calc for the CSV exports read back as a spreadsheet, PostgreSQL's client programs for its
// backup drill. Finds them, installs the missing ones with apt when running as root, or stops with the
// exact command to run. Never skips a test silently.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.ts';

interface SystemTool {
  what: string;
  aptPackage: string;
  present: () => boolean;
  /** Another way out than installing the package, if there is one. */
  otherwise?: string;
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const TOOLS: SystemTool[] = [
  {
    what: `Chromium at ${chromiumPath()} (browser tests)`,
    aptPackage: 'chromium',
    present: () => existsSync(chromiumPath()),
    otherwise: 'or point CHROMIUM_PATH at an installed Chromium',
  },
  {
    what: 'LibreOffice Calc as `soffice` (CSV exports read as a spreadsheet)',
    aptPackage: 'libreoffice-calc-nogui',
    present: () => onPath('soffice'),
  },
  // The PostgreSQL server itself is found or started by the tests' globalSetup (decision 0061).
  {
    what: 'pg_dump, pg_restore and psql (the PostgreSQL backup drill)',
    aptPackage: 'postgresql-client',
    present: () => ['pg_dump', 'pg_restore', 'psql'].every(onPath),
  },
];

function aptInstall(packages: readonly string[]): boolean {
  console.log(`Installing Debian's ${packages.join(', ')} with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status !== 0) return false;
  return (
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env })
      .status === 0
  );
}

let missing = TOOLS.filter((tool) => !tool.present());
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  aptInstall(missing.map((tool) => tool.aptPackage));
  missing = missing.filter((tool) => !tool.present());
  if (missing.length === 0) process.exit(0);
}
const packages = missing.map((tool) => tool.aptPackage).join(' ');
console.error(
  `The tests need ${missing.map((tool) => tool.what).join(' and ')}: missing.\n` +
    (hasApt
      ? `Install with:\n\n    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages}\n`
      : 'Install with your system package manager.\n') +
    missing.flatMap((tool) => (tool.otherwise ? [`\n${tool.otherwise},`] : [])).join('') +
    '\nthen run `npm test` again.',
);
process.exit(1);
