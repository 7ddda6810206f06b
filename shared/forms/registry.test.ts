import { describe, expect, it } from 'vitest';
import { makeFmrData } from '../test/fixtures.ts';
import { FMR_V1 } from './fmr-v1.ts';
import { findForm } from './registry.ts';
import { validateData } from './validate.ts';
import type { FormDefinition } from './types.ts';
import { UGANDA } from '../../shared/test/deployments.ts';

const context = () => ({ now: new Date('2026-11-20T07:00:00Z'), timeZone: UGANDA.timeZone });

describe('findForm', () => {
  it('finds a form by id and version, and says which part is unknown', () => {
    expect(findForm('fmr', 1)).toEqual({ ok: true, form: FMR_V1 });
    expect(findForm('fmr', 2)).toEqual({ ok: false, code: 'unknown-form-version' });
    expect(findForm('census', 1)).toEqual({ ok: false, code: 'unknown-form' });
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
