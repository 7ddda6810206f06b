import fc from 'fast-check';
import type { Expression } from '../forms/expression/ast.ts';
import { FUNCTION_ARITY } from '../forms/expression/functions.ts';

/** Test data: a few names, so that generated expressions and records meet. */
export const FIELD_NAMES = ['a', 'b', 'c_2', 'count'] as const;

/** Numbers an expression can hold exactly: finite, no exponent, not -0. */
export const expressionNumber = fc
  .oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
  .filter((n) => !Object.is(n, -0) && !String(n).includes('e'));

export const expressionText = fc.string({ maxLength: 8 }).filter((s) => !(s.includes("'") && s.includes('"')));

const ARITHMETIC = ['+', '-', '*', 'div'] as const;
const COMPARISON = ['=', '!=', '<', '<=', '>', '>='] as const;

/** Any tree the parser can produce. */
export const expressionTree: fc.Arbitrary<Expression> = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    expressionNumber.map((value): Expression => ({ kind: 'number', value })),
    expressionText.map((value): Expression => ({ kind: 'string', value })),
    fc.constantFrom(...FIELD_NAMES).map((name): Expression => ({ kind: 'field', name })),
    fc.constant<Expression>({ kind: 'self' }),
    tie('expression')
      // `-5` is read as one negative number, never as the negation of 5.
      .filter((operand) => operand.kind !== 'number' || operand.value < 0)
      .map((operand): Expression => ({ kind: 'negate', operand })),
    fc.record({
      kind: fc.constant('binary' as const),
      operator: fc.constantFrom(...ARITHMETIC, ...COMPARISON),
      left: tie('expression'),
      right: tie('expression'),
    }),
    fc.record({
      kind: fc.constant('logical' as const),
      operator: fc.constantFrom('and' as const, 'or' as const),
      operands: fc.array(tie('expression'), { minLength: 2, maxLength: 4 }),
    }),
    fc
      .constantFrom(...Object.keys(FUNCTION_ARITY))
      .chain((name) =>
        fc
          .array(tie('expression'), { minLength: FUNCTION_ARITY[name], maxLength: FUNCTION_ARITY[name] })
          .map((args): Expression => ({ kind: 'call', name, args })),
      ),
  ),
})).expression;

/** Answers as records hold them, valid or not. */
const answer: fc.Arbitrary<unknown> = fc.oneof(
  expressionNumber,
  fc.constantFrom('yes', 'no', '', '2026-11-20', '2026-11-20T09:15:00+03:00', '2026-11-19T23:00:00Z', '5'),
  expressionText,
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN),
  fc.array(fc.constantFrom('yes', 'no', 'food', 'water'), { maxLength: 3 }),
  fc.anything({ maxDepth: 1 }),
);

export const record = fc.record(
  Object.fromEntries(FIELD_NAMES.map((name) => [name, answer])) as Record<
    (typeof FIELD_NAMES)[number],
    fc.Arbitrary<unknown>
  >,
  { requiredKeys: [] },
);
