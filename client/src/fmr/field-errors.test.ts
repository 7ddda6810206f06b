import { describe, expect, it } from 'vitest';
import { FmrDataV1 } from '../../../shared/fmr.ts';
import { makeFmrData } from '../test/fixtures.ts';
import { fieldErrors } from './field-errors.ts';

function errorsFor(overrides: Record<string, unknown>) {
  const result = FmrDataV1.safeParse({ ...makeFmrData(), ...overrides });
  return fieldErrors(result.error?.issues ?? []);
}

describe('fieldErrors', () => {
  it.each([
    [{ direction: '' }, 'direction', 'choose'],
    [{ origin_country: 'UG' }, 'origin_country', 'country-code'],
    [{ destination_admin2: 'Kasese' }, 'destination_admin2', 'admin-code'],
    [{ females_5_17: -1 }, 'females_5_17', 'count'],
    [{ disability: 1.5 }, 'disability', 'count'],
    [{ observed_at: '' }, 'observed_at', 'date'],
    [{ notes: 'x'.repeat(2001) }, 'notes', 'too-long'],
  ])('explains %j on %s as %s', (overrides, field, code) => {
    expect(errorsFor(overrides)).toEqual({ [field]: code });
  });

  it('says the group is empty when nobody was counted', () => {
    const empty = { males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0 };
    expect(Object.values(errorsFor(empty))).toEqual(['grid-empty']);
  });

  it('ignores issues that do not name a form field', () => {
    expect(fieldErrors([{ code: 'custom', path: [], message: 'x' }])).toEqual({});
  });
});
