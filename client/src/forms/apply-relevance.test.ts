import { describe, expect, it } from 'vitest';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { validateData } from '../../../shared/forms/validate.ts';
import { FMS_V2 } from '../../test/support/fms-v2.ts';
import { applyRelevance, askedFields } from './apply-relevance.ts';
import { formLayout } from './form-layout.ts';
import type { FormValues } from './form-value.ts';
import { initialValues, toCandidate } from './form-values.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

const fms = formLayout('fms', UGANDA);
const clock = { now: new Date('2024-05-01T07:30:00Z'), timeZone: UGANDA.timeZone };
const interview = { fmp: 'GOLI', consent: 'yes', sex: 'female', age: '30', education: 'primary', needs: ['food'] };
const change = (before: FormValues, after: FormValues) => applyRelevance(FMS_V2, fms, before, after, clock);
const asked = (values: FormValues) => askedFields(FMS_V2, fms, values, clock).map((f) => f.name);

describe('applyRelevance', () => {
  it('keeps every answer while the questions stay relevant', () => {
    expect(applyRelevance(FMS_V1, fms, interview, interview, clock)).toEqual(interview);
  });

  it('clears the whole interview when consent turns to No', () => {
    expect(applyRelevance(FMS_V1, fms, interview, { ...interview, consent: 'no' }, clock)).toEqual({
      fmp: 'GOLI',
      consent: 'no',
      sex: '',
      age: '',
      education: '',
      needs: [],
    });
  });

  it('clears education as soon as the age typed is under 5', () => {
    expect(applyRelevance(FMS_V1, fms, interview, { ...interview, age: '3' }, clock)['education']).toBe('');
  });

  it('asks a group’s questions only while the group is relevant, and clears them when it stops being', () => {
    const family = { ...interview, with_family: 'yes', family_size: '4', family_left_on: '2024-04-28' };
    expect(asked(family)).toEqual(expect.arrayContaining(['family_size', 'family_left_on']));
    expect(asked({ ...family, with_family: 'no' })).not.toContain('family_left_on');
    const after = change(family, { ...family, with_family: 'no' });
    expect(after).toMatchObject({ family_size: '', family_left_on: '' });
    const codes = validateData(FMS_V2, toCandidate(FMS_V2, fms, after), clock).errors.map((e) => e.code);
    expect(codes).not.toContain('not-relevant');
  });

  it('asks a question whose relevance is an expression as the validator judges it: more than one need', () => {
    const two = { ...interview, needs: ['food', 'water'], needs_first: 'water' };
    expect(asked(two)).toContain('needs_first');
    expect(change(two, { ...two, needs: ['water'] })['needs_first']).toBe('');
  });

  it('gives a question its default when it comes to be asked, and leaves it empty once the person emptied it', () => {
    const without = { ...interview, with_family: 'no' };
    const shown = change(without, { ...without, with_family: 'yes' });
    expect(shown['family_size']).toBe('2');
    expect(change(shown, { ...shown, family_size: '' })['family_size']).toBe('');
  });

  it('starts a new record without the default of a question not asked yet', () => {
    const start = initialValues(FMS_V2, fms, 'GOLI', clock.now);
    expect(start['family_size']).toBe('2');
    expect(applyRelevance(FMS_V2, fms, null, start, clock)['family_size']).toBe('');
  });
});
