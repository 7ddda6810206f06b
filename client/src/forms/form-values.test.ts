import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';
import { validateData } from '../../../shared/forms/validate.ts';
import { formLayout } from './form-layout.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';
import type { FormValues } from './form-value.ts';
import { initialValues, sumOf, toCandidate, valuesFromData } from './form-values.ts';

const now = new Date('2024-05-01T07:30:00Z');
const fmr = formLayout('fmr', UGANDA);
const fmrValues = (overrides: FormValues = {}): FormValues => ({
  ...initialValues(FMR_V1, fmr, 'MPONDWE', now),
  direction: 'incoming',
  transport: 'foot',
  reason: 'family',
  duration: 'day_to_week',
  males_18_59: '2',
  ...overrides,
});
const errorCodes = (values: FormValues) =>
  validateData(FMR_V1, toCandidate(FMR_V1, fmr, values), { now, timeZone: UGANDA.timeZone }).errors.map(
    (e) => `${e.code}@${e.field}`,
  );

describe('form values', () => {
  it('start an FMR with the device FMP, the time now, Congo to Uganda and all counts at zero', () => {
    const values = initialValues(FMR_V1, fmr, 'MPONDWE', now);
    expect(values).toMatchObject({ fmp: 'MPONDWE', origin_country: 'COD', destination_country: 'UGA', males_0_4: '0' });
    expect(values['observed_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(values['interval_start']).toBeUndefined();
  });

  it('make a group record that FMR v1 accepts once the answers are filled in', () => {
    expect(toCandidate(FMR_V1, fmr, fmrValues())).toMatchObject({ source: 'group', males_18_59: 2, females_0_4: 0 });
    expect(errorCodes(fmrValues())).toEqual([]);
  });

  it('leave an unanswered question out, so validation says it is required', () => {
    expect(errorCodes(fmrValues({ direction: '' }))).toEqual(['required@direction']);
  });

  it('count an emptied cell as nobody, and pass a typed word on for validation to reject', () => {
    expect(toCandidate(FMR_V1, fmr, fmrValues({ males_0_4: '' }))['males_0_4']).toBe(0);
    expect(errorCodes(fmrValues({ males_0_4: 'two' }))).toEqual(['not-a-whole-number@males_0_4']);
  });

  it('reopen stored numbers, texts, lists and booleans, and keep defaults for what is missing', () => {
    const defaults = initialValues(FMS_V1, formLayout('fms', UGANDA), 'GOLI', now);
    const values = valuesFromData(FMS_V1, { consent: 'yes', age: 34, needs: ['food', 7], colour: 'red' }, defaults);
    expect(values).toMatchObject({ fmp: 'GOLI', consent: 'yes', age: '34', needs: ['food'] });
    expect(values['colour']).toBeUndefined();
  });

  it('start a screening shift with every count at zero', () => {
    const values = initialValues(SCREENING_V1, formLayout('screening', UGANDA), 'GOLI', now);
    expect(values).toMatchObject({ screened: '0', handed_over: '0' });
  });

  it('add up only whole, non-negative counts', () => {
    expect(sumOf({ a: '2', b: '1.5', c: '-3', d: 'x', e: ' 4 ' }, ['a', 'b', 'c', 'd', 'e'])).toBe(6);
  });
});
