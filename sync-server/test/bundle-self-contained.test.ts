import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverBundle } from './support/server-process.ts';

describe('the built server and its backup program', () => {
  it('reach neither into scripts/ nor into a TypeScript loader at run time', async () => {
    const bundle = await serverBundle();
    for (const file of [bundle, join(bundle, '..', 'backup.js')]) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/scripts\/[\w-]+\.ts|['"]tsx['"]/);
    }
  });
});
