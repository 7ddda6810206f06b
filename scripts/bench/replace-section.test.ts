import { describe, expect, it } from 'vitest';
import { withSection } from './replace-section.ts';

const REPORT = '# B\n\n## One\n\nold\n\n## Last\n\nlast\n';

describe('withSection', () => {
  it('swaps the section of that heading, leaving the others', () => {
    expect(withSection(REPORT, '## One', '\n## One\n\nnew\n', '## Last')).toBe(
      '# B\n\n## One\n\nnew\n\n## Last\n\nlast\n',
    );
  });

  it('puts a section the report lacks before the one named', () => {
    expect(withSection(REPORT, '## Two', '\n## Two\n\ntwo\n', '## Last')).toBe(
      '# B\n\n## One\n\nold\n\n## Two\n\ntwo\n\n## Last\n\nlast\n',
    );
  });
});
