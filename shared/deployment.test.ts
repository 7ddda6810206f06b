import { describe, expect, it } from 'vitest';
import { Deployment, directionCountries } from './deployment.ts';
import { ETHIOPIA, UGANDA } from './test/deployments.ts';

const problems = (input: unknown) => {
  const parsed = Deployment.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('a deployment', () => {
  it.each([UGANDA, ETHIOPIA, { country: 'KEN', timeZone: 'UTC', neighbours: [] }])('accepts %j', (deployment) => {
    expect(problems(deployment)).toEqual([]);
  });

  it.each([
    [{ ...ETHIOPIA, country: 'ET' }, ['country']],
    [{ ...ETHIOPIA, country: 'UNK' }, ['country']],
    [{ ...ETHIOPIA, country: 'eth' }, ['country']],
    [{ ...ETHIOPIA, timeZone: 'Africa/Adis_Ababa' }, ['timeZone']],
    [{ ...ETHIOPIA, timeZone: '+03:00' }, ['timeZone']],
    [{ ...ETHIOPIA, timeZone: 'EAT' }, ['timeZone']],
    [{ ...ETHIOPIA, neighbours: ['KEN', 'XXX'] }, ['neighbours.1']],
    [{ ...ETHIOPIA, neighbours: ['KEN', 'KEN'] }, ['neighbours.1']],
    [{ ...ETHIOPIA, neighbours: ['ETH'] }, ['neighbours.0']],
  ])('refuses %j at %j', (deployment, paths) => {
    expect(problems(deployment)).toEqual(paths);
  });

  it('sends incoming groups from across the border into its country, and outgoing ones back', () => {
    expect(directionCountries(ETHIOPIA)).toEqual({
      incoming: { origin_country: 'SSD', destination_country: 'ETH' },
      outgoing: { origin_country: 'ETH', destination_country: 'SSD' },
    });
    expect(directionCountries({ ...ETHIOPIA, neighbours: [] })).toEqual({
      incoming: { destination_country: 'ETH' },
      outgoing: { origin_country: 'ETH' },
    });
  });
});
