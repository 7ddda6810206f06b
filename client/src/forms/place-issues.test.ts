import { describe, expect, it } from 'vitest';
import { GRID_FIELDS } from '../../../shared/fmr.ts';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import type { Issue } from '../../../shared/forms/validate.ts';
import { placeIssues } from './place-issues.ts';

const issue = (code: string, field: string): Issue => ({ code, field, severity: 'error', params: {} });
const layout = { shown: new Set(['direction', 'males_0_4', 'disability']), group: new Set<string>(GRID_FIELDS) };

describe('placeIssues', () => {
  it('shows a rule about the whole grid with the grid, not under its first cell', () => {
    const placed = placeIssues(FMR_V1, [issue('grid-empty', 'males_0_4')], layout);
    expect(placed.atGroup.map((i) => i.code)).toEqual(['grid-empty']);
    expect(placed.atField.size).toBe(0);
  });

  it('keeps a field’s own problem under that cell, even in the grid', () => {
    const placed = placeIssues(FMR_V1, [issue('out-of-range', 'males_0_4')], layout);
    expect(placed.atField.get('males_0_4')?.code).toBe('out-of-range');
    expect(placed.atGroup).toEqual([]);
  });

  it('shows one issue per field, the first one found', () => {
    const placed = placeIssues(FMR_V1, [issue('required', 'direction'), issue('unknown-choice', 'direction')], layout);
    expect(placed.atField.get('direction')?.code).toBe('required');
  });

  it('puts a rule about a vulnerability under that vulnerability', () => {
    expect(
      placeIssues(FMR_V1, [issue('disability-exceeds-group', 'disability')], layout).atField.get('disability')?.code,
    ).toBe('disability-exceeds-group');
  });

  it('keeps issues about fields the page does not show, so they are still read', () => {
    const placed = placeIssues(FMR_V1, [issue('unknown-field', 'colour'), issue('invalid-value', '')], layout);
    expect(placed.elsewhere.map((i) => i.code)).toEqual(['unknown-field', 'invalid-value']);
  });
});
