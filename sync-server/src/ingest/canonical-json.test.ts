import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, contentHash } from './canonical-json.ts';

/** The same value with every object's keys inserted in reverse order. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversed(v)]),
        )
      : value;

describe('canonicalJson', () => {
  it('is JSON that reads back as the same value, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts keys by code unit, integer-like keys included', () => {
    expect(canonicalJson({ b: 1, 10: 2, a: 3, 2: 4, '': 5 })).toBe('{"":5,"10":2,"2":4,"a":3,"b":1}');
  });

  it('gives the same hash whatever the order of the keys', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' } };
    const b = { a: { c: 'é', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).not.toBe(contentHash({ ...a, b: 2 }));
  });

  it('leaves out undefined properties and writes undefined array items as null, as JSON does', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1] })).toBe('{"a":[null,1]}');
  });
});

describe('canonicalJson of a value nested far deeper than a record', () => {
  it('writes 100,000 nested arrays without overflowing the stack', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });
});
