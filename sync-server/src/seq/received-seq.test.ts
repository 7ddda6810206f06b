import { describe, expect, it } from 'vitest';
import { receivedSeq } from './received-seq.ts';

describe('receivedSeq', () => {
  it.each([
    ['a valid record', { id: 'x', seq: 7 }, 7],
    ['a record rejected for its data, seq intact', { seq: 3, data: { broken: true } }, 3],
    ['a zero seq', { seq: 0 }, null],
    ['a negative seq', { seq: -2 }, null],
    ['a fractional seq', { seq: 1.5 }, null],
    ['a seq beyond safe integers', { seq: 2 ** 53 }, null],
    ['a seq sent as a string', { seq: '4' }, null],
    ['no seq at all', { id: 'x' }, null],
    ['something that is not an object', 'junk', null],
    ['null', null, null],
  ])('reads %s', (_name, raw, expected) => {
    expect(receivedSeq(raw)).toBe(expected);
  });
});
