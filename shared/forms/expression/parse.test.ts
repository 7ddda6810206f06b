import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse.ts';

const fields = new Set(['age', 'consent', 'needs']);
const errorsOf = (text: string) => {
  const parsed = parseExpression(text, { fields });
  return parsed.ok ? [] : parsed.errors.map(({ code, position }) => ({ code, position }));
};

describe('parseExpression', () => {
  it('reads precedence as XPath does: and binds tighter than or, * tighter than +', () => {
    expect(parseExpression("${age} + 1 * 2 >= 3 or ${consent} = 'yes' and not(${age} = 4)", { fields })).toEqual({
      ok: true,
      expression: {
        kind: 'logical',
        operator: 'or',
        operands: [
          {
            kind: 'binary',
            operator: '>=',
            left: {
              kind: 'binary',
              operator: '+',
              left: { kind: 'field', name: 'age' },
              right: {
                kind: 'binary',
                operator: '*',
                left: { kind: 'number', value: 1 },
                right: { kind: 'number', value: 2 },
              },
            },
            right: { kind: 'number', value: 3 },
          },
          {
            kind: 'logical',
            operator: 'and',
            operands: [
              {
                kind: 'binary',
                operator: '=',
                left: { kind: 'field', name: 'consent' },
                right: { kind: 'string', value: 'yes' },
              },
              {
                kind: 'call',
                name: 'not',
                args: [
                  {
                    kind: 'binary',
                    operator: '=',
                    left: { kind: 'field', name: 'age' },
                    right: { kind: 'number', value: 4 },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
  });

  it('reads subtraction from the left and a minus before a number as a negative number', () => {
    expect(parseExpression('10 - 4 - -2')).toEqual({
      ok: true,
      expression: {
        kind: 'binary',
        operator: '-',
        left: {
          kind: 'binary',
          operator: '-',
          left: { kind: 'number', value: 10 },
          right: { kind: 'number', value: 4 },
        },
        right: { kind: 'number', value: -2 },
      },
    });
  });

  it.each([
    ['coalesce(${age}, 0)', [{ code: 'unknown-function', position: 0 }]],
    ['${age} > 1 and ${agee} < 5', [{ code: 'unknown-field', position: 15 }]],
    [
      '${x} = 1 or ${y} = 2',
      [
        { code: 'unknown-field', position: 0 },
        { code: 'unknown-field', position: 12 },
      ],
    ],
    ['selected(${needs})', [{ code: 'wrong-argument-count', position: 0 }]],
    ['${age} >', [{ code: 'unexpected-end', position: 8 }]],
    ['${age} >= 5)', [{ code: 'unexpected-token', position: 11 }]],
    ["${consent} = 'yes", [{ code: 'unterminated-string', position: 13 }]],
    ['${} = 1', [{ code: 'invalid-reference', position: 0 }]],
    ['${age} # 1', [{ code: 'unexpected-character', position: 7 }]],
    ['${age} >= 5 ${age}', [{ code: 'unexpected-token', position: 12 }]],
    ['age >= 5', [{ code: 'unexpected-token', position: 0 }]],
    [`${'('.repeat(101)}1${')'.repeat(101)}`, [{ code: 'too-deep', position: 100 }]],
  ])('%s gives its errors with their positions', (text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('names the unknown function and the unknown field in its message', () => {
    const parsed = parseExpression('today() > 1 and foo(${nobody})', { fields });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual([
      'Unknown function foo() at character 17',
      '${nobody} names no question of this form at character 21',
    ]);
  });

  it('never throws, whatever the text', () => {
    const pieces = fc.constantFrom(
      '${age}',
      '${',
      '}',
      '(',
      ')',
      ' and ',
      ' or ',
      'not(',
      "'",
      '"',
      '.',
      '5',
      '-',
      ' div ',
      ',',
      'selected(',
      '=',
      '<=',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          const parsed = parseExpression(text, { fields });
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
