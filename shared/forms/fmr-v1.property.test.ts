import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHILD_FIELDS,
  CHILDBEARING_FIELDS,
  DIRECTIONS,
  DURATIONS,
  GRID_FIELDS,
  REASONS,
  TRANSPORTS,
  type FmrData,
} from '../fmr.ts';
import { SEED_FMPS } from '../test/seed-fmps.ts';
import { admin1Areas, admin2Areas } from '../code-lists/admin-areas.ts';
import { countryCodes, isCountryCode } from '../code-lists/countries.ts';
import { FMR_V1 } from './fmr-v1.ts';
import { validateData } from './validate.ts';
import { UGANDA } from '../../shared/test/deployments.ts';

const NOW = new Date('2026-11-20T07:00:00Z');
const context = { now: NOW, timeZone: UGANDA.timeZone, fmpCodes: new Set(SEED_FMPS.map((f) => f.code)) };
const sum = (d: Record<string, unknown>, fields: readonly string[]) => fields.reduce((t, f) => t + (d[f] as number), 0);

/** A country with its first- and second-level areas drawn from the same code lists the validator uses. */
const place = fc.constantFrom('UGA', 'COD', 'RWA', 'SSD', 'KEN', 'UNK').chain((country) => {
  const admin1 = admin1Areas(country).map((a) => a.code);
  return fc.option(fc.constantFrom('UNK', ...admin1), { nil: null }).chain((a1) => {
    const admin2 = a1 && a1 !== 'UNK' ? admin2Areas(a1).map((a) => a.code) : [];
    const a2 = admin2.length > 0 ? fc.option(fc.constantFrom('UNK', ...admin2), { nil: null }) : fc.constant(null);
    return a2.map((area2) => ({ country, admin1: a1, admin2: area2 }));
  });
});

const timestamp = fc
  .integer({ min: NOW.getTime() - 6 * 86_400_000, max: NOW.getTime() + 9 * 60_000 })
  .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('Z', '+00:00'));

const validGroup: fc.Arbitrary<FmrData> = fc
  .record({
    fmp: fc.constantFrom(...SEED_FMPS.map((f) => f.code)),
    observed_at: timestamp,
    direction: fc.constantFrom(...DIRECTIONS),
    origin: place,
    destination: place,
    nationality: fc.constantFrom('COD', 'UGA', 'RWA', 'UNK'),
    transport: fc.constantFrom(...TRANSPORTS),
    reason: fc.constantFrom(...REASONS),
    duration: fc.constantFrom(...DURATIONS),
    grid: fc.array(fc.nat(60), { minLength: 8, maxLength: 8 }).filter((g) => g.some((n) => n > 0)),
    shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    estimated: fc.boolean(),
    notes: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  })
  .map((r) => {
    const grid = Object.fromEntries(GRID_FIELDS.map((f, i) => [f, r.grid[i] ?? 0]));
    const share = (i: number, limit: number) => Math.floor((r.shares[i] ?? 0) * limit);
    const children = sum(grid, CHILD_FIELDS);
    const unaccompanied = share(1, children);
    return {
      fmp: r.fmp,
      observed_at: r.observed_at,
      direction: r.direction,
      origin_country: r.origin.country,
      origin_admin1: r.origin.admin1,
      origin_admin2: r.origin.admin2,
      destination_country: r.destination.country,
      destination_admin1: r.destination.admin1,
      destination_admin2: r.destination.admin2,
      nationality: r.nationality,
      transport: r.transport,
      reason: r.reason,
      duration: r.duration,
      ...grid,
      pregnant_lactating: share(0, sum(grid, CHILDBEARING_FIELDS)),
      unaccompanied_children: unaccompanied,
      separated_children: share(2, children - unaccompanied),
      disability: share(3, sum(grid, GRID_FIELDS)),
      estimated: r.estimated,
      notes: r.notes,
      source: 'group',
    } as FmrData;
  });

type Mutation = (d: FmrData) => Record<string, unknown>;

/** One change into the invalid space, and the code it must produce. */
const mutations: [string, fc.Arbitrary<Mutation>][] = [
  ['out-of-range', fc.constantFrom(...GRID_FIELDS).map((f) => (d) => ({ ...d, [f]: -1 }))],
  ['not-a-whole-number', fc.constantFrom(...GRID_FIELDS).map((f) => (d) => ({ ...d, [f]: (d[f] as number) + 0.5 }))],
  [
    'unknown-choice',
    fc.constantFrom('direction', 'transport', 'reason', 'duration').map((f) => (d) => ({ ...d, [f]: `${f}-x` })),
  ],
  [
    'unknown-country',
    fc
      .stringMatching(/^[A-Z]{3}$/)
      .filter((c) => !isCountryCode(c))
      .map((c) => (d) => ({ ...d, nationality: c })),
  ],
  ['unknown-field', fc.constantFrom('name', 'phone', 'id_number').map((f) => (d) => ({ ...d, [f]: 'x' }))],
  [
    'required',
    fc
      .constantFrom('fmp', 'observed_at', 'direction', 'origin_country', 'transport', ...GRID_FIELDS)
      .map((f) => (d) => ({ ...d, [f]: null })),
  ],
  [
    'grid-empty',
    fc.constant((d) => ({
      ...d,
      ...Object.fromEntries(GRID_FIELDS.map((f) => [f, 0])),
      pregnant_lactating: 0,
      unaccompanied_children: 0,
      separated_children: 0,
      disability: 0,
    })),
  ],
  [
    'pregnant-exceeds-females',
    fc.nat(5).map((k) => (d) => ({ ...d, pregnant_lactating: sum(d, CHILDBEARING_FIELDS) + 1 + k })),
  ],
  [
    'children-vulnerability-exceeds-children',
    fc
      .nat(5)
      .map((k) => (d) => ({ ...d, separated_children: sum(d, CHILD_FIELDS) - d.unaccompanied_children + 1 + k })),
  ],
  ['disability-exceeds-group', fc.nat(5).map((k) => (d) => ({ ...d, disability: sum(d, GRID_FIELDS) + 1 + k }))],
  [
    'observed-in-future',
    fc
      .integer({ min: 11, max: 10_000 })
      .map((m) => (d) => ({ ...d, observed_at: new Date(NOW.getTime() + m * 60_000).toISOString() })),
  ],
];

describe('FMR v1, property-based', () => {
  it('accepts every record drawn from the valid space', () => {
    fc.assert(
      fc.property(validGroup, (data) => {
        expect(validateData(FMR_V1, data, context).errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each(mutations)('rejects a single mutation with %s', (code, mutation) => {
    fc.assert(
      fc.property(validGroup, mutation, (data, mutate) => {
        const codes = validateData(FMR_V1, mutate(data), context).errors.map((e) => e.code);
        expect(codes).toContain(code);
      }),
      { numRuns: 150 },
    );
  });

  it('draws from the whole country list the validator knows', () => {
    expect(countryCodes().length).toBeGreaterThan(240);
  });
});
