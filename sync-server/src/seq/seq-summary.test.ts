import { describe, expect, it } from 'vitest';
import { summarizeSeqRanges } from './seq-summary.ts';

const r = (first: number, last: number) => ({ first, last });

describe('summarizeSeqRanges', () => {
  it.each([
    ['nothing received', [], { highestContiguousSeq: 0, highestSeq: 0, gaps: [], missingSeqCount: 0 }],
    ['1 to 10 without a hole', [r(1, 10)], { highestContiguousSeq: 10, highestSeq: 10, gaps: [], missingSeqCount: 0 }],
    [
      'a wiped start: 4 to 9 only',
      [r(4, 9)],
      { highestContiguousSeq: 0, highestSeq: 9, gaps: [r(1, 3)], missingSeqCount: 3 },
    ],
    [
      'two holes',
      [r(1, 2), r(5, 5), r(8, 20)],
      { highestContiguousSeq: 2, highestSeq: 20, gaps: [r(3, 4), r(6, 7)], missingSeqCount: 4 },
    ],
  ])('summarises %s', (_name, ranges, expected) => {
    expect(summarizeSeqRanges(ranges)).toEqual({ ...expected, gapsTruncated: false });
  });

  it('lists at most maxGaps gaps but still counts every missing seq', () => {
    const ranges = Array.from({ length: 6 }, (_, i) => r(2 * i + 1, 2 * i + 1));
    const summary = summarizeSeqRanges(ranges, 2);
    expect(summary.gaps).toEqual([r(2, 2), r(4, 4)]);
    expect(summary.missingSeqCount).toBe(5);
    expect(summary.gapsTruncated).toBe(true);
  });
});
