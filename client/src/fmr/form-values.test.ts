import { describe, expect, it } from 'vitest';
import { FmrDataV1 } from '../../../shared/fmr.ts';
import { groupTotal, initialValues, toFmrCandidate, valuesFromDraft, type FmrFormValues } from './form-values.ts';

const now = new Date('2024-05-01T07:30:00Z');

function filled(overrides: Partial<FmrFormValues> = {}): FmrFormValues {
  return {
    ...initialValues('MPONDWE', now),
    direction: 'incoming',
    transport: 'foot',
    reason: 'family',
    duration: 'day_to_week',
    males_18_59: '2',
    ...overrides,
  };
}

describe('FMR form values', () => {
  it('start with the device FMP, Congo to Uganda and all counts at zero', () => {
    const values = initialValues('MPONDWE', now);
    expect(values).toMatchObject({ fmp: 'MPONDWE', origin_country: 'COD', destination_country: 'UGA', males_0_4: '0' });
    expect(groupTotal(values)).toBe(0);
  });

  it('become a record the FMR schema accepts once the choices are made', () => {
    expect(FmrDataV1.safeParse(toFmrCandidate(filled())).success).toBe(true);
  });

  it('turn empty admin codes into null and upper-case typed codes', () => {
    const candidate = toFmrCandidate(filled({ origin_admin1: ' cd-nk ', nationality: 'cod', origin_admin2: '' }));
    expect(candidate).toMatchObject({ origin_admin1: 'CD-NK', origin_admin2: null, nationality: 'COD' });
  });

  it('count an emptied number box as zero but pass junk on to be rejected', () => {
    const candidate = toFmrCandidate(filled({ males_0_4: '', females_0_4: '1.5' }));
    expect(candidate['males_0_4']).toBe(0);
    expect(FmrDataV1.safeParse(candidate).success).toBe(false);
  });

  it('add up the grid, not the vulnerabilities, for the group total', () => {
    expect(groupTotal(filled({ males_0_4: '1', females_60_plus: '3', disability: '4' }))).toBe(6);
  });

  it('reopen a draft, keeping what was typed and defaulting the rest', () => {
    const defaults = initialValues('MPONDWE', now);
    const values = valuesFromDraft({ notes: 'busy market day', estimated: true, males_0_4: 7 }, defaults);
    expect(values).toMatchObject({ notes: 'busy market day', estimated: true, males_0_4: '0', fmp: 'MPONDWE' });
  });
});
