import { describe, expect, it } from 'vitest';
import { makeFmrData } from '../test/fixtures.ts';
import { UGANDA } from '../test/deployments.ts';
import { forDeployment } from './for-deployment.ts';
import { FMR_V1 as SHIPPED } from './fmr-v1.ts';
import { validateData } from './validate.ts';

/** As the first deployment judges it: the country rules compare with UGA. */
const FMR_V1 = forDeployment(SHIPPED, UGANDA);

const now = new Date('2026-11-20T07:00:00Z');
const context = { now, timeZone: UGANDA.timeZone, fmpCodes: new Set(['MPONDWE', 'GOLI']) };
const codes = (data: unknown) => {
  const { errors, warnings } = validateData(FMR_V1, data, context);
  return { errors: errors.map((e) => e.code), warnings: warnings.map((w) => w.code) };
};
const emptyGrid = {
  males_0_4: 0,
  males_5_17: 0,
  males_18_59: 0,
  males_60_plus: 0,
  females_0_4: 0,
  females_5_17: 0,
  females_18_59: 0,
  females_60_plus: 0,
  pregnant_lactating: 0,
};
const tally = {
  source: 'tally',
  interval_start: '2026-11-20T08:00:00+03:00',
  interval_end: '2026-11-20T09:00:00+03:00',
  transport: null,
  reason: null,
  duration: null,
} as const;

describe('FMR v1', () => {
  it('accepts a valid group observation with neither errors nor warnings', () => {
    expect(codes(makeFmrData())).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['grid-empty', { ...emptyGrid }],
    ['group-too-large', { males_18_59: 501 }],
    ['pregnant-exceeds-females', { pregnant_lactating: 3 }],
    ['pregnant-exceeds-females', { females_18_59: 0, females_60_plus: 2, pregnant_lactating: 1 }],
    ['children-vulnerability-exceeds-children', { unaccompanied_children: 2, separated_children: 1 }],
    ['disability-exceeds-group', { disability: 7 }],
    ['observed-in-future', { observed_at: '2026-11-20T10:11:00+03:00' }],
    ['interval-end-before-start', { ...tally, interval_end: '2026-11-20T07:59:00+03:00' }],
    ['required', { direction: undefined }],
    ['required', { source: null }],
    ['required', { source: 'tally' }],
    ['not-relevant', { interval_start: '2026-11-20T08:00:00+03:00' }],
    ['unknown-field', { full_name: 'Jane Doe' }],
    ['not-a-whole-number', { males_18_59: 1.5 }],
    ['not-a-whole-number', { males_18_59: '2' }],
    ['out-of-range', { males_18_59: -1 }],
    ['out-of-range', { males_18_59: 10_000 }],
    ['unknown-choice', { direction: 'sideways' }],
    ['unknown-choice', { source: 'guess' }],
    ['unknown-country', { nationality: 'XXX' }],
    ['unknown-country', { origin_country: 'cod' }],
    ['unknown-admin-area', { destination_admin1: 'UG-ZZ' }],
    ['admin-area-mismatch', { destination_admin1: 'CD-NK' }],
    ['admin-area-mismatch', { destination_admin2: 'UG-101' }],
    ['unknown-fmp', { fmp: 'ATLANTIS' }],
    ['invalid-datetime', { observed_at: '2026-11-20 09:15' }],
    ['invalid-datetime', { observed_at: '2026-11-20T09:15:00' }],
    ['too-long', { notes: 'x'.repeat(2001) }],
    ['invalid-value', { estimated: 'no' }],
  ])('gives %s for %j', (code, overrides) => {
    expect(codes(makeFmrData(overrides as never)).errors).toContain(code);
  });

  it.each([
    ['observed-long-ago', { observed_at: '2026-11-12T09:00:00+03:00' }],
    [
      'incoming-destination-elsewhere',
      { direction: 'incoming', destination_country: 'KEN', destination_admin1: null, destination_admin2: null },
    ],
    [
      'outgoing-origin-elsewhere',
      {
        direction: 'outgoing',
        origin_country: 'RWA',
        origin_admin1: null,
        destination_country: 'COD',
        destination_admin1: 'CD-NK',
        destination_admin2: null,
      },
    ],
  ])('flags %s as a warning that does not block', (code, overrides) => {
    expect(codes(makeFmrData(overrides as never))).toEqual({ errors: [], warnings: [code] });
  });

  it('accepts a closed tally interval in which nobody crossed: observed zero is data', () => {
    expect(codes(makeFmrData({ ...emptyGrid, ...tally })).errors).toEqual([]);
  });

  it('asks a tally interval nothing a tally cannot know', () => {
    const bare = makeFmrData({
      ...tally,
      origin_country: null,
      destination_country: null,
      nationality: null,
      origin_admin1: null,
      destination_admin1: null,
      destination_admin2: null,
    });
    expect(codes(bare)).toEqual({ errors: [], warnings: [] });
    expect(validateData(FMR_V1, { ...bare, transport: 'other' }, context).errors).toEqual([
      expect.objectContaining({ code: 'not-relevant', field: 'transport' }),
    ]);
  });

  it.each(['origin_country', 'destination_country', 'nationality', 'transport', 'reason', 'duration'])(
    'requires %s of a group',
    (field) => {
      expect(validateData(FMR_V1, makeFmrData({ [field]: null }), context).errors).toEqual([
        expect.objectContaining({ code: 'required', field }),
      ]);
    },
  );

  it('accepts a tally interval above the group maximum', () => {
    expect(codes(makeFmrData({ ...tally, males_18_59: 2400 })).errors).toEqual([]);
  });

  it('allows the observation up to ten minutes ahead of the clock', () => {
    expect(codes(makeFmrData({ observed_at: '2026-11-20T10:10:00+03:00' })).errors).toEqual([]);
  });

  it('accepts UNK and omitted optional areas', () => {
    const data = makeFmrData({ origin_admin1: 'UNK', origin_admin2: 'UNK', notes: undefined });
    expect(codes(data).errors).toEqual([]);
  });

  it('judges a rule only when the fields it reads are valid', () => {
    expect(codes(makeFmrData({ pregnant_lactating: 'many' as never })).errors).toEqual(['not-a-whole-number']);
  });

  it('names the limits in the issue so messages can say them', () => {
    const [issue] = validateData(FMR_V1, makeFmrData({ males_18_59: 10_000 }), context).errors;
    expect(issue).toEqual({
      code: 'out-of-range',
      field: 'males_18_59',
      severity: 'error',
      params: { min: 0, max: 9999 },
    });
  });
});
