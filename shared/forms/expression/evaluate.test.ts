import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionTree, record } from '../../test/expression-arbitraries.ts';
import { evaluate } from './evaluate.ts';
import { parseExpression } from './parse.ts';

const data = {
  age: 34,
  consent: 'yes',
  needs: ['food', 'water'],
  none: [],
  notes: '',
  count: '5',
  observed_at: '2026-11-20T09:15:00+03:00',
  born: '1992-03-01',
  visit: '2026-11-20',
};
// 22:30 UTC on 19 November is already 20 November in Kampala (UTC+3).
const context = { data, now: new Date('2026-11-19T22:30:00Z'), timeZone: 'Africa/Kampala' };

function valueOf(text: string, self?: unknown): unknown {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return evaluate(parsed.expression, { ...context, self });
}

describe('evaluate', () => {
  it.each([
    ["${consent} = 'yes'", true],
    ["${consent} != 'yes'", false],
    ['${age} >= 18', true],
    ['${age} + 1', 35],
    ['${age} - 4 - 10', 20],
    ['${age} div 4', 8.5],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['-${age}', -34],
    ['${count} = 5', false],
    ["${count} = '5'", true],
    ['${count} > 4', false],
    ['${missing} + 1', null],
    ["${missing} = ''", true],
    ["${notes} = ''", true],
    ["${none} = ''", true],
    ["${missing} != ''", false],
    ['${missing} >= 0', false],
    ["selected(${needs}, 'food')", true],
    ["selected(${needs}, 'shelter')", false],
    ["selected(${consent}, 'yes')", false],
    ['count-selected(${needs})', 2],
    ['count-selected(${none})', 0],
    ['count-selected(${missing})', 0],
    ["string-length('héllo')", 5],
    ['string-length(${missing})', 0],
    ["not(${consent} = 'yes')", false],
    ["${age} >= 18 and ${consent} = 'yes'", true],
    ["${age} < 18 or selected(${needs}, 'water')", true],
    ['not(${missing})', true],
    ['true() and not(false())', true],
    ['today()', '2026-11-20'],
    ['now()', '2026-11-19T22:30:00.000Z'],
    ['${visit} = today()', true],
    ['${born} < today()', true],
    ['${observed_at} <= now()', false],
    ["${observed_at} <= '2026-11-20T06:15:00Z'", true],
    ["${observed_at} > '2026-11-20T06:15:00Z'", false],
    ["${observed_at} >= '2026-11-20T06:15:00Z'", true],
    ['${observed_at} >= today()', true],
    ["${consent} < 'zebra'", false],
  ])('%s is %j', (text, expected) => {
    expect(valueOf(text)).toEqual(expected);
  });

  it('gives `.` the answer of the question being checked', () => {
    expect(valueOf('. >= 0 and . <= 9999', 12)).toBe(true);
    expect(valueOf('. >= 0 and . <= 9999', 10_000)).toBe(false);
    expect(valueOf('string-length(.) <= 3', 'abcd')).toBe(false);
  });

  it('says what is missing when the clock or time zone is not given', () => {
    const parsed = parseExpression('today()');
    if (!parsed.ok) throw new Error('does not parse');
    expect(() => evaluate(parsed.expression, { data, now: new Date() })).toThrow('time zone');
    expect(() => evaluate(parsed.expression, { data })).toThrow('clock');
  });

  it('never throws on a parsed expression, whatever the answers', () => {
    fc.assert(
      fc.property(expressionTree, record, (tree, answers) => {
        evaluate(tree, { data: answers, self: answers.a, now: context.now, timeZone: context.timeZone });
      }),
      { numRuns: 2000 },
    );
  });
});
