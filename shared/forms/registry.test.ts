import { describe, expect, it } from 'vitest';
import { makeFmrData } from '../test-fixtures.ts';
import { deriveSchema } from './derive-schema.ts';
import { FMR_V1 } from './fmr-v1.ts';
import { findForm, latestForm } from './registry.ts';
import { validateData } from './validate.ts';
import type { FormDefinition } from './types.ts';

const context = () => ({ now: new Date('2026-11-20T07:00:00Z') });

describe('findForm', () => {
  it('finds a form by id and version, and says which part is unknown', () => {
    expect(findForm('fmr', 1)).toEqual({ ok: true, form: FMR_V1 });
    expect(findForm('fmr', 2)).toEqual({ ok: false, code: 'unknown-form-version' });
    expect(findForm('census', 1)).toEqual({ ok: false, code: 'unknown-form' });
    expect(latestForm('fmr')).toBe(FMR_V1);
  });

  it('lets a record keep validating against its own version when a later version changes the rules', () => {
    const v2: FormDefinition = {
      ...FMR_V1,
      version: 2,
      fields: [...FMR_V1.fields, { name: 'crossing_point_type', type: 'text', maxLength: 50, label: FMR_V1.title }],
    };
    const v1Record = makeFmrData();
    expect(validateData(FMR_V1, v1Record, context()).errors).toEqual([]);
    expect(validateData(v2, v1Record, context()).errors.map((e) => e.code)).toEqual(['required']);
  });
});

describe('deriveSchema', () => {
  const schema = deriveSchema(FMR_V1, context);

  it('parses valid data', () => {
    expect(schema.safeParse(makeFmrData()).success).toBe(true);
  });

  it('fails with the definition codes at the fields they concern', () => {
    const result = schema.safeParse(makeFmrData({ direction: 'sideways' as never, disability: 99 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([
      ['unknown-choice', 'direction'],
      ['disability-exceeds-group', 'disability'],
    ]);
  });

  it('does not fail on warnings', () => {
    expect(schema.safeParse(makeFmrData({ observed_at: '2026-10-01T09:00:00+03:00' })).success).toBe(true);
  });
});
