import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import type { Issue } from '../../../shared/forms/validate.ts';
import { issuesUntouchedBy } from './clear-issues.ts';

const issue = (code: string, field: string): Issue => ({ code, field, severity: 'error', params: {} });
const errors = [issue('required', 'direction'), issue('grid-empty', 'males_0_4'), issue('required', 'reason')];
const codesLeft = (changed: string[]) => issuesUntouchedBy(FMR_V1, errors, changed).map((i) => `${i.code}@${i.field}`);

describe('issuesUntouchedBy', () => {
  it('drops the error of the field that changed and keeps the others', () => {
    expect(codesLeft(['direction'])).toEqual(['grid-empty@males_0_4', 'required@reason']);
  });

  it('drops grid-empty when any cell of the grid changes, not only the cell it points at', () => {
    expect(codesLeft(['females_18_59'])).toEqual(['required@direction', 'required@reason']);
  });

  it('keeps everything when an unrelated field changes', () => {
    expect(codesLeft(['notes'])).toHaveLength(3);
  });
});
