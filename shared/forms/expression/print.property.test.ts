import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionTree } from '../../test/expression-arbitraries.ts';
import { parseExpression } from './parse.ts';
import { printExpression } from './print.ts';

describe('printExpression', () => {
  it('writes every tree as text that parses back to the same tree', () => {
    fc.assert(
      fc.property(expressionTree, (tree) => {
        const text = printExpression(tree);
        expect(parseExpression(text)).toEqual({ ok: true, expression: tree });
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable: printing what it parsed gives the same text', () => {
    fc.assert(
      fc.property(expressionTree, (tree) => {
        const text = printExpression(tree);
        const parsed = parseExpression(text);
        expect(parsed.ok && printExpression(parsed.expression)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
