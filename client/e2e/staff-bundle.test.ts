import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads the build that `npm test` makes before this project runs. */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');

/** The chunks an HTML entry loads, and the chunks they import, transitively. */
function chunksOf(html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/\/assets\/([\w.-]+\.js)/g)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(`assets/${file}`).matchAll(/["'(/.]+\/?([\w.-]+\.js)["']/g)) {
      if (m[1] && readdirSync(`${dist}assets`).includes(m[1])) queue.push(m[1]);
    }
  }
  return seen;
}

describe('the staff pages in the build', () => {
  it('are an entry of their own that the tablet shell never loads', () => {
    const tablet = chunksOf(read('index.html'));
    const staff = chunksOf(read('staff/index.html'));
    const staffOnly = [...staff].filter((f) => !tablet.has(f));
    // Strings that survive minification: the staff session key and a Chart.js error message.
    const markers = ['fmp-staff-session', 'Canvas is already in use'];
    for (const marker of markers)
      expect(
        staffOnly.some((f) => read(`assets/${f}`).includes(marker)),
        marker,
      ).toBe(true);
    for (const file of tablet) for (const marker of markers) expect(read(`assets/${file}`), file).not.toContain(marker);
  });

  it('are not precached by the service worker, which leaves /staff navigations to the network', () => {
    const sw = read('sw.js');
    expect(sw).not.toMatch(/url:"[^"]*staff/);
    expect(sw).toContain('staff(\\/|$)');
  });
});
