import type { SeqRange } from '../../../shared/devices.ts';

export interface SeqSummary {
  /** Every seq from 1 to this one has arrived; 0 when seq 1 has not. */
  highestContiguousSeq: number;
  /** The highest seq that has arrived; 0 when none has. */
  highestSeq: number;
  /** The missing seqs below `highestSeq`, as inclusive ranges, lowest first. */
  gaps: SeqRange[];
  missingSeqCount: number;
  /** True when there were more than `maxGaps` gaps and only the first ones are listed. */
  gapsTruncated: boolean;
}

/** Turns a device's received ranges (sorted by `first`, not touching) into what an officer needs to see. */
export function summarizeSeqRanges(ranges: readonly SeqRange[], maxGaps = 100): SeqSummary {
  const gaps: SeqRange[] = [];
  let missingSeqCount = 0;
  let gapCount = 0;
  let previousLast = 0;
  for (const range of ranges) {
    if (range.first > previousLast + 1) {
      const gap = { first: previousLast + 1, last: range.first - 1 };
      missingSeqCount += gap.last - gap.first + 1;
      gapCount += 1;
      if (gaps.length < maxGaps) gaps.push(gap);
    }
    previousLast = range.last;
  }
  const [firstRange] = ranges;
  return {
    highestContiguousSeq: firstRange && firstRange.first === 1 ? firstRange.last : 0,
    highestSeq: previousLast,
    gaps,
    missingSeqCount,
    gapsTruncated: gapCount > gaps.length,
  };
}
