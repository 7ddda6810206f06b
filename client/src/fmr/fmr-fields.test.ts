import { describe, expect, it } from 'vitest';
import { FMR_FIELDS } from '../../../shared/fmr.ts';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { fieldOf } from '../forms/field-of.ts';
import { ADMIN_FIELDS, COUNTRY_FIELDS, COUNT_FIELDS } from './fmr-fields.ts';

describe('the FMR page’s fields', () => {
  it.each(FMR_FIELDS)('finds %s in FMR v1, so its label comes from the definition', (name) => {
    expect(fieldOf(FMR_V1, name).label.en).toBeTruthy();
  });

  it('treats as codes exactly the country and admin-area fields of FMR v1', () => {
    const codes = FMR_V1.fields.filter((f) => ['country', 'admin1', 'admin2'].includes(f.type)).map((f) => f.name);
    expect([...COUNTRY_FIELDS, ...ADMIN_FIELDS].sort()).toEqual(codes.sort());
  });

  it('shows as counts exactly the integer fields of FMR v1', () => {
    expect([...COUNT_FIELDS]).toEqual(FMR_V1.fields.filter((f) => f.type === 'integer').map((f) => f.name));
  });

  it('fails loudly for a field the definition does not have', () => {
    expect(() => fieldOf(FMR_V1, 'colour')).toThrow(/no field colour/);
  });
});
