import { describe, expect, it } from 'vitest';
import { makeFmrData } from '../../test/support/fixtures.ts';
import { summarizeRecord } from './record-summary.ts';

describe('summarizeRecord', () => {
  it('gives the direction and group size of a finalised record', () => {
    const data = makeFmrData({
      direction: 'outgoing',
      males_18_59: 3,
      females_0_4: 1,
      observed_at: '2024-05-01T10:30:00+03:00',
    });
    expect(summarizeRecord({ ...data, males_5_17: 0, females_18_59: 0 })).toEqual({
      direction: 'outgoing',
      total: 4,
      observedAt: '2024-05-01T10:30:00+03:00',
    });
  });

  it('reads a draft whose counts are still text and whose direction is not chosen', () => {
    expect(summarizeRecord({ direction: '', males_0_4: '2', females_0_4: 'x', observed_at: '' })).toEqual({
      direction: null,
      total: 2,
      observedAt: null,
    });
  });
});
