import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../docs/decisions/', import.meta.url));
const records = readdirSync(DIR)
  .filter((name) => /^\d{4}-.+\.md$/.test(name))
  .sort();
const index = readFileSync(`${DIR}README.md`, 'utf8');
const statusOf = (name: string) => /^Status: (.+?)\.?$/m.exec(readFileSync(`${DIR}${name}`, 'utf8'))?.[1];

describe('the decisions index', () => {
  it.each(records)('lists %s with the status its record states', (name) => {
    const status = statusOf(name);
    expect(status, `${name} has no "Status:" line`).toBeDefined();
    expect(index).toContain(`| [${name.slice(0, 4)}](${name}) |`);
    expect(index).toMatch(
      new RegExp(
        `\\(${name.replace('.', '\\.')}\\) \\|[^\\n]*\\| ${status?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`,
      ),
    );
  });

  it('names only records that exist', () => {
    const linked = [...index.matchAll(/\]\((\d{4}-[^)]+\.md)\)/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual(records);
  });

  it.each(records)('%s says who supersedes it only if that record says it supersedes it back', (name) => {
    const by = /superseded by (\d{4})/.exec(statusOf(name) ?? '')?.[1];
    if (!by) return;
    const successor = records.find((r) => r.startsWith(by));
    expect(successor && statusOf(successor)).toMatch(new RegExp(`supersedes .*${name.slice(0, 4)}`));
  });
});
