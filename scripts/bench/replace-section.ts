import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_FILE = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

/**
 * `report` with the `## ` section that starts with `heading` swapped for `section`, or `section` put before
 * `before` when it has none yet: one benchmark run alone keeps the others' figures.
 */
export function withSection(report: string, heading: string, section: string, before: string): string {
  const start = report.indexOf(`\n${heading}`);
  if (start >= 0) {
    const next = report.indexOf('\n## ', start + heading.length + 1);
    return report.slice(0, start) + section + (next >= 0 ? report.slice(next) : '');
  }
  const at = report.indexOf(`\n${before}`);
  return at >= 0 ? report.slice(0, at) + section + report.slice(at) : report + section;
}

export function replaceSection(heading: string, section: string, before: string): void {
  writeFileSync(BENCHMARKS_FILE, withSection(readFileSync(BENCHMARKS_FILE, 'utf8'), heading, section, before));
}
