import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { validateData } from '../../../shared/forms/validate.ts';
import { groupTotal, initialValues, toFmrCandidate, valuesFromDraft, type FmrFormValues } from './form-values.ts';

const now = new Date('2024-05-01T07:30:00Z');
const validate = (values: FmrFormValues) => validateData(FMR_V1, toFmrCandidate(values), { now });
const codesOf = (values: FmrFormValues) => validate(values).errors.map((e) => `${e.code}@${e.field}`);

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

  it('become a group record FMR v1 accepts with no errors and no warnings once the answers are filled in', () => {
    expect(toFmrCandidate(filled())).toMatchObject({ source: 'group' });
    expect(validate(filled())).toEqual({ errors: [], warnings: [] });
  });

  it('ask for every unanswered choice as required, not as an unknown choice', () => {
    expect(codesOf(filled({ direction: '', duration: '' }))).toEqual(['required@direction', 'required@duration']);
  });

  it('say required for an emptied country or time rather than a malformed one', () => {
    expect(codesOf(filled({ nationality: ' ', observed_at: '' }))).toEqual(['required@observed_at', 'required@nationality']);
  });

  it('turn empty optional answers into null and upper-case typed codes', () => {
    const candidate = toFmrCandidate(filled({ origin_admin1: ' cd-nk ', nationality: 'cod', origin_admin2: '', notes: '  ' }));
    expect(candidate).toMatchObject({ origin_admin1: 'CD-NK', origin_admin2: null, nationality: 'COD', notes: null });
  });

  it('keep notes as typed', () => {
    expect(toFmrCandidate(filled({ notes: ' Mama na watoto ' }))['notes']).toBe(' Mama na watoto ');
  });

  it('count an emptied number box as zero but pass junk on to be rejected', () => {
    const values = filled({ males_0_4: '', females_0_4: '1.5' });
    expect(toFmrCandidate(values)['males_0_4']).toBe(0);
    expect(codesOf(values)).toEqual(['not-a-whole-number@females_0_4']);
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
