import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('keeps int within its bounds and shuffle a permutation', () => {
    const random = seededRandom(7);
    const ints = Array.from({ length: 1000 }, () => random.int(1, 5));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(random.shuffle([1, 2, 3, 4, 5, 6]).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
