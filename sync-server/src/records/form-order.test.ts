import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { makeFmrData } from '../../../shared/test/fixtures.ts';
import { canonicalJson } from '../ingest/canonical-json.ts';
import { inFormOrder } from './form-order.ts';

describe('inFormOrder', () => {
  it('gives stored (name-sorted) answers back in the order of the form, with the same values', () => {
    const sorted = JSON.parse(canonicalJson(makeFmrData())) as Record<string, unknown>;
    const ordered = inFormOrder(FMR_V1, sorted);
    expect(Object.keys(ordered)).toEqual(FMR_V1.fields.map((f) => f.name).filter((name) => name in sorted));
    expect(ordered).toEqual(sorted);
  });

  it('keeps answers the form does not name, after the others, and leaves records of no known version as they are', () => {
    expect(Object.keys(inFormOrder(FMR_V1, { zzz: 1, fmp: 'MPONDWE', direction: 'incoming' }))).toEqual([
      'fmp',
      'direction',
      'zzz',
    ]);
    expect(Object.keys(inFormOrder(undefined, { b: 1, a: 2 }))).toEqual(['b', 'a']);
  });
});
