import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect-database.ts';
import { newTestDatabase } from '../../test/support/test-database.ts';
import { addReceivedSeqs, readSeqRanges, toRuns } from './seq-ranges.ts';

const r = (first: number, last: number) => ({ first, last });

describe('toRuns', () => {
  it.each([
    [[], []],
    [[3], [r(3, 3)]],
    [
      [5, 1, 2, 3, 3],
      [r(1, 3), r(5, 5)],
    ],
    [
      [10, 8, 9, 7, 1],
      [r(1, 1), r(7, 10)],
    ],
  ])('turns %j into %j', (seqs, runs) => {
    expect(toRuns(seqs)).toEqual(runs);
  });
});

describe('addReceivedSeqs', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ db, cleanup } = await newTestDatabase());
    await db.run("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('d1', 'h1', 'MPONDWE', 'now')");
  });
  afterEach(() => cleanup());

  const stored = async () => (await readSeqRanges(db)).get('d1') ?? [];

  it.each([
    [
      'appends a run to the end',
      [
        [1, 2, 3],
        [4, 5],
      ],
      [r(1, 5)],
    ],
    [
      'keeps a hole open',
      [
        [1, 2],
        [5, 6],
      ],
      [r(1, 2), r(5, 6)],
    ],
    [
      'closes a hole and merges both sides',
      [
        [1, 2],
        [5, 6],
        [3, 4],
      ],
      [r(1, 6)],
    ],
    ['fills part of a hole', [[1], [9], [4, 5]], [r(1, 1), r(4, 5), r(9, 9)]],
    ['ignores seqs it already has', [[1, 2, 3, 4], [2, 3], [1]], [r(1, 4)]],
    ['merges a run that spans several ranges', [[2], [4], [6], [1, 2, 3, 4, 5, 6, 7]], [r(1, 7)]],
    [
      'joins a run that ends right before a range',
      [
        [5, 6],
        [3, 4],
      ],
      [r(3, 6)],
    ],
  ])('%s', async (_name, batches, expected) => {
    for (const seqs of batches) await addReceivedSeqs(db, 'd1', seqs);
    expect(await stored()).toEqual(expected);
  });

  it('keeps devices apart', async () => {
    await db.run("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('d2', 'h2', 'MPONDWE', 'now')");
    await addReceivedSeqs(db, 'd1', [1, 2]);
    await addReceivedSeqs(db, 'd2', [3]);
    expect(Object.fromEntries(await readSeqRanges(db))).toEqual({ d1: [r(1, 2)], d2: [r(3, 3)] });
  });
});
