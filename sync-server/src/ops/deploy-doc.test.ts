import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(`${root}docs/deploy.md`, 'utf8');

/** Each fenced block with the prose written since the block before it. */
function blocksWithLeadIn(markdown: string): { code: string; leadIn: string }[] {
  const blocks: { code: string; leadIn: string }[] = [];
  let leadIn = '';
  let code: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('```')) {
      if (code) {
        blocks.push({ code: code.join('\n'), leadIn });
        leadIn = '';
        code = null;
      } else {
        code = [];
      }
    } else if (code) {
      code.push(line);
    } else {
      leadIn += `${line}\n`;
    }
  }
  return blocks;
}

describe('docs/deploy.md', () => {
  it.each(blocksWithLeadIn(doc).map((b) => [b.code.split('\n')[0], b] as const))(
    'says whether a test runs the block starting %j',
    (_first, { leadIn }) => {
      expect(leadIn).toMatch(/\(tested|untested here/i);
    },
  );

  it('names test files that exist', () => {
    const named = [...doc.matchAll(/`([\w./-]+\.test\.ts)`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    for (const file of named) {
      const path = file.includes('/') ? file : `sync-server/test/${file}`;
      expect(existsSync(`${root}${path}`), path).toBe(true);
    }
  });

  it('uses only npm scripts that package.json has', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: object }).scripts);
    for (const [, name] of doc.matchAll(/npm run (\w[\w:-]*)/g)) expect(scripts).toContain(name);
  });
});
