import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { REPO_ROOT as root } from '../../test/support/server-process.ts';
import { blocksWithLeadIn, postgresDrillBlocks, readDeployDoc } from '../../test/support/deploy-doc.ts';

const doc = readDeployDoc();
const blocks = blocksWithLeadIn(doc);

describe('docs/deploy.md', () => {
  it.each(blocks.map((b) => [b.code.split('\n')[0], b] as const))(
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
    const scripts = Object.keys(
      (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: object }).scripts,
    );
    for (const [, name] of doc.matchAll(/npm run (\w[\w:-]*)/g)) expect(scripts).toContain(name);
  });

  it('runs every pg_dump, pg_restore and psql it shows in the PostgreSQL restore drill, and says so', () => {
    const drill = Object.values(postgresDrillBlocks(blocks));
    const withTools = blocks.filter((b) => /^\s*(pg_dump|pg_restore|psql) /m.test(b.code));
    expect(withTools).toEqual(drill);
    for (const block of drill) expect(block.leadIn).toContain('postgres-restore-drill.test.ts');
  });
});
