import { describe, expect, it } from 'vitest';
import { parseFilter } from './filter-parser.ts';

describe('parseFilter', () => {
  it('reads comparisons of a property with a literal, joined by and, in any brackets', () => {
    expect(
      parseFilter("(observed_at ge 2026-11-01T00:00:00.000+03:00 and (fmp eq 'O''Brien')) and day lt 2026-12-01"),
    ).toEqual({
      ok: true,
      comparisons: [
        { property: 'observed_at', operator: 'ge', kind: 'datetime', value: '2026-11-01T00:00:00.000+03:00' },
        { property: 'fmp', operator: 'eq', kind: 'string', value: "O'Brien" },
        { property: 'day', operator: 'lt', kind: 'date', value: '2026-12-01' },
      ],
    });
  });

  it('takes back the + of a time zone that the query string decoding turned into a space', () => {
    expect(parseFilter('observed_at gt 2026-11-01T08:00:00 03:00')).toMatchObject({
      comparisons: [{ value: '2026-11-01T08:00:00+03:00' }],
    });
  });

  it.each([
    ["fmp eq 'A' or fmp eq 'B'", 'the operator or'],
    ["startswith(fmp,'A')", 'the function startswith'],
    ["not fmp eq 'A'", 'the operator not'],
    ["a/b eq 'A'", 'the path a/b'],
    ['fmp', 'fmp without a comparison'],
    ['fmp eq fmp', 'comparing fmp with fmp'],
    ["(fmp eq 'A'", 'an incomplete expression'],
    ["fmp eq 'A')", ') where a and belongs'],
    ['fmp eq 1;', 'the character ";"'],
    ['', 'an incomplete expression'],
  ])('refuses %j, naming %s', (text, unsupported) => {
    expect(parseFilter(text)).toEqual({ ok: false, unsupported });
  });
});
