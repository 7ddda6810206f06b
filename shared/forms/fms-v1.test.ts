import { describe, expect, it } from 'vitest';
import { makeFmsData } from '../test/fixtures.ts';
import { UGANDA } from '../test/deployments.ts';
import { forDeployment } from './for-deployment.ts';
import { FMS_V1 as SHIPPED } from './fms-v1.ts';
import { validateData } from './validate.ts';

/** As the first deployment judges it: the country rules compare with UGA. */
const FMS_V1 = forDeployment(SHIPPED, UGANDA);

const context = { now: new Date('2026-11-20T07:00:00Z'), timeZone: UGANDA.timeZone };
const codes = (data: unknown) => {
  const { errors, warnings } = validateData(FMS_V1, data, context);
  return { errors: errors.map((e) => e.code), warnings: warnings.map((w) => w.code) };
};
const refusal = { fmp: 'BUNAGANA', interviewed_at: '2026-11-20T09:40:00+03:00', consent: 'no' };

describe('FMS v1', () => {
  it('accepts a complete interview of a consenting adult', () => {
    expect(codes(makeFmsData())).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a refusal that holds nothing but the consent answer', () => {
    expect(codes(refusal)).toEqual({ errors: [], warnings: [] });
  });

  it.each(['sex', 'age', 'nationality', 'needs', 'education'])('rejects a refusal that still holds %s', (field) => {
    const { errors } = validateData(FMS_V1, { ...refusal, [field]: makeFmsData()[field] }, context);
    expect(errors).toEqual([expect.objectContaining({ code: 'not-relevant', field })]);
  });

  it.each([
    ['required', { consent: undefined }],
    ['required', { age: undefined }],
    ['required', { needs: [] }],
    ['out-of-range', { age: 121 }],
    ['out-of-range', { age: -1 }],
    ['unknown-choice', { needs: ['food', 'gold'] }],
    ['invalid-value', { needs: ['food', 'food'] }],
    ['unknown-field', { phone_number: '+256700000000' }],
    ['unknown-field', { name: 'Jane' }],
    ['interviewed-in-future', { interviewed_at: '2026-11-20T11:00:00+03:00' }],
    ['not-relevant', { age: 3, education: 'primary', occupation: undefined }],
    ['not-relevant', { age: 12, occupation: 'trader' }],
  ])('gives %s for %j', (code, overrides) => {
    expect(codes(makeFmsData(overrides)).errors).toContain(code);
  });

  it('warns, without blocking, when the respondent is under 18', () => {
    expect(codes(makeFmsData({ age: 16 }))).toEqual({ errors: [], warnings: ['respondent-minor'] });
  });

  it('asks education from age 5 and occupation from age 15 only', () => {
    expect(codes(makeFmsData({ age: 4, education: undefined, occupation: undefined })).errors).toEqual([]);
    expect(codes(makeFmsData({ age: 14, occupation: undefined })).errors).toEqual([]);
  });
});
