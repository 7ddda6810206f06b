import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { SCREENING_V1 } from '../../../shared/forms/screening-v1.ts';
import { validateData } from '../../../shared/forms/validate.ts';
import { FMS_V2 } from '../../test/support/fms-v2.ts';
import { formLayout } from './form-layout.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
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

  const fms = formLayout('fms', UGANDA);
  const interview = (values: FormValues) => ({ fmp: 'GOLI', consent: 'yes', ...values });
  const codesV2 = (values: FormValues) =>
    validateData(FMS_V2, toCandidate(FMS_V2, fms, interview(values)), { now, timeZone: UGANDA.timeZone })
      .errors.filter((e) => e.field === 'walked_km' || e.field === 'family_left_on')
      .map((e) => `${e.code}@${e.field}`);

  it('turn a typed decimal into a number, and pass text that is no number on for validation to reject', () => {
    expect(toCandidate(FMS_V2, fms, interview({ walked_km: ' 12.5 ' }))['walked_km']).toBe(12.5);
    expect(toCandidate(FMS_V2, fms, interview({ walked_km: '1e2' }))['walked_km']).toBe(100);
    expect(toCandidate(FMS_V2, fms, interview({ walked_km: 'far' }))['walked_km']).toBe('far');
    expect(codesV2({ walked_km: 'far' })).toEqual(['not-a-number@walked_km']);
    expect(codesV2({ walked_km: '250.5' })).toEqual(['constraint@walked_km']);
  });

  it('keep a date as the text YYYY-MM-DD the date input gives, which validation checks is a day', () => {
    const family = { walked_km: '3', with_family: 'yes', family_size: '3' };
    expect(toCandidate(FMS_V2, fms, interview({ ...family, family_left_on: '2024-04-28' }))['family_left_on']).toBe(
      '2024-04-28',
    );
    expect(codesV2({ ...family, family_left_on: '2024-02-30' })).toEqual(['invalid-date@family_left_on']);
  });

  it('never put a note in the record data', () => {
    expect(toCandidate(FMS_V2, fms, interview({ privacy_note: 'read' }))).not.toHaveProperty('privacy_note');
  });

  it("start a record with each question's default, the device FMP and the time, and the layout's defaults over them", () => {
    const values = initialValues(FMS_V2, fms, 'GOLI', now);
    expect(values).toMatchObject({ fmp: 'GOLI', family_size: '2' });
    expect(values['interviewed_at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const layout = { ...fms, defaults: { family_size: '5' } };
    expect(initialValues(FMS_V2, layout, 'GOLI', now)['family_size']).toBe('5');
    const withDefaults: FormDefinition = {
      ...FMS_V2,
      fields: FMS_V2.fields.map((f) =>
        f.name === 'fmp' ? { ...f, default: 'OTHER' } : f.name === 'needs' ? { ...f, default: ['food', 'water'] } : f,
      ),
    };
    expect(initialValues(withDefaults, fms, 'GOLI', now)).toMatchObject({ fmp: 'GOLI', needs: ['food', 'water'] });
  });
});
