import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionToExpression, expressionToCondition } from './condition-expression.ts';
import { evaluateCondition } from './condition.ts';
import { expressionNumber, expressionText, FIELD_NAMES, record } from '../test/expression-arbitraries.ts';
import { evaluate } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { printExpression } from './expression/print.ts';
import { truthy } from './expression/values.ts';
import type { Condition } from './types.ts';

const name = fc.constantFrom(...FIELD_NAMES);
const scalar = fc.oneof(
  expressionText.filter((s) => s !== ''),
  expressionNumber,
  fc.boolean(),
);
const sameFieldEquals = (c: Condition) => 'equals' in c;

/** Conditions in their canonical form: the only form a definition may use (definition-schema.ts). */
const condition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ field: name, equals: scalar }),
    fc.record({ field: name, oneOf: fc.array(scalar, { minLength: 2, maxLength: 4 }) }),
    fc.record({ field: name, atLeast: expressionNumber }),
    fc.record({ field: name, includes: expressionText }),
    fc.record({ all: fc.array(tie('condition'), { minLength: 2, maxLength: 3 }) }),
    fc
      .record({ any: fc.array(tie('condition'), { minLength: 2, maxLength: 3 }) })
      // An `any` of equalities on one field is written as `oneOf`.
      .filter(
        (c) => !(c.any.every(sameFieldEquals) && new Set(c.any.map((x) => (x as { field: string }).field)).size === 1),
      ),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

describe('conditions as expressions', () => {
  it('a condition and its expression agree on every record', () => {
    fc.assert(
      fc.property(condition, record, (c, data) => {
        expect(truthy(evaluate(conditionToExpression(c), { data }))).toBe(evaluateCondition(c, data));
      }),
      { numRuns: 3000 },
    );
  });

  it('a condition printed as XLSForm text reads back as the same condition', () => {
    fc.assert(
      fc.property(condition, (c) => {
        const parsed = parseExpression(printExpression(conditionToExpression(c)));
        expect(parsed.ok && expressionToCondition(parsed.expression)).toEqual(c);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["${consent} = 'yes'", { field: 'consent', equals: 'yes' }],
    [
      "(${consent} = 'yes') and (${age} >= 5)",
      {
        all: [
          { field: 'consent', equals: 'yes' },
          { field: 'age', atLeast: 5 },
        ],
      },
    ],
    ["${direction} = 'incoming' or ${direction} = 'outgoing'", { field: 'direction', oneOf: ['incoming', 'outgoing'] }],
    ["not(selected(${needs}, 'none'))", { not: { field: 'needs', includes: 'none' } }],
    ['${estimated} = true()', { field: 'estimated', equals: true }],
    ['${age} > 5', null],
    ['count-selected(${needs}) >= 2', null],
    ["${consent} = 'yes' or ${age} = 'x' or today() = '2026-01-01'", null],
  ])('%s is the condition %j', (text, expected) => {
    const parsed = parseExpression(text);
    expect(parsed.ok && expressionToCondition(parsed.expression)).toEqual(expected);
  });
});
