import { describe, expect, it } from 'vitest';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import { applyRelevance } from './apply-relevance.ts';
import { formLayout } from './form-layout.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

const fms = formLayout('fms', UGANDA);
const interview = { fmp: 'GOLI', consent: 'yes', sex: 'female', age: '30', education: 'primary', needs: ['food'] };

describe('applyRelevance', () => {
  it('keeps every answer while the questions stay relevant', () => {
    expect(applyRelevance(FMS_V1, fms, interview)).toEqual(interview);
  });

  it('clears the whole interview when consent turns to No', () => {
    expect(applyRelevance(FMS_V1, fms, { ...interview, consent: 'no' })).toEqual({
      fmp: 'GOLI',
      consent: 'no',
      sex: '',
      age: '',
      education: '',
      needs: [],
    });
  });

  it('clears education as soon as the age typed is under 5', () => {
    expect(applyRelevance(FMS_V1, fms, { ...interview, age: '3' })['education']).toBe('');
  });
});
