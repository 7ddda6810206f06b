import { describe, expect, it } from 'vitest';
import { makeScreeningData } from '../test/fixtures.ts';
import { SCREENING_V1 } from './screening-v1.ts';
import { validateData } from './validate.ts';
import { UGANDA } from '../../shared/test/deployments.ts';

const context = { now: new Date('2026-11-20T07:00:00Z'), timeZone: UGANDA.timeZone };
const errorCodes = (data: unknown) => validateData(SCREENING_V1, data, context).errors.map((e) => e.code);

describe('health screening v1', () => {
  it('accepts a shift whose counts add up', () => {
    expect(validateData(SCREENING_V1, makeScreeningData(), context)).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a shift in which nobody was screened', () => {
    const zero = {
      screened: 0,
      adult_males: 0,
      adult_females: 0,
      children_under_5: 0,
      temperature_above_38: 0,
      isolated: 0,
      referred: 0,
    };
    expect(errorCodes(makeScreeningData(zero))).toEqual([]);
  });

  it.each([
    ['screened-breakdown-exceeds-screened', { adult_males: 70, adult_females: 45 }],
    [
      'fever-exceeds-screened',
      { screened: 1, adult_males: 1, adult_females: 0, children_under_5: 0, temperature_above_38: 2 },
    ],
    ['isolated-exceeds-screened', { isolated: 121 }],
    ['referred-exceeds-screened', { referred: 121 }],
    ['handed-over-exceeds-screened', { handed_over: 121 }],
    ['shift-in-future', { shift_start: '2026-11-21T06:00:00+03:00' }],
    ['unknown-choice', { shift: 'evening' }],
    ['required', { screened: null }],
  ])('gives %s for %j', (code, overrides) => {
    expect(errorCodes(makeScreeningData(overrides))).toContain(code);
  });
});
