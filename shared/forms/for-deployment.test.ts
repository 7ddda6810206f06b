import { describe, expect, it } from 'vitest';
import { ETHIOPIA, UGANDA } from '../test/deployments.ts';
import { FMR_V1 } from './fmr-v1.ts';
import { forDeployment } from './for-deployment.ts';
import { validateData } from './validate.ts';
import { makeFmrData } from '../test/fixtures.ts';

const directionLabels = (deployment: typeof UGANDA) => {
  const field = forDeployment(FMR_V1, deployment).fields.find((f) => f.name === 'direction');
  return field && 'choices' in field ? field.choices.map((c) => c.label) : [];
};

describe('a form as a deployment shows it', () => {
  it('names the country in each language of the text', () => {
    expect(directionLabels(ETHIOPIA)).toEqual([
      { en: 'Incoming (into Ethiopia)', fr: 'Entrant (arrivée : Éthiopie)', sw: 'Wanaoingia (Ethiopia)' },
      { en: 'Outgoing (out of Ethiopia)', fr: 'Sortant (départ : Éthiopie)', sw: 'Wanaotoka (Ethiopia)' },
    ]);
    expect(directionLabels(UGANDA)[0]).toEqual({
      en: 'Incoming (into Uganda)',
      fr: 'Entrant (arrivée : Ouganda)',
      sw: 'Wanaoingia (Uganda)',
    });
  });

  it('compares with the country code where a rule names {country}', () => {
    const codes = (deployment: typeof UGANDA, data: Record<string, unknown>) =>
      validateData(forDeployment(FMR_V1, deployment), makeFmrData(data), {
        now: new Date('2026-11-20T12:00:00Z'),
        timeZone: deployment.timeZone,
      }).warnings.map((w) => w.code);
    const intoEthiopia = { direction: 'incoming', origin_country: 'SSD', destination_country: 'ETH' };
    expect(codes(ETHIOPIA, intoEthiopia)).toEqual([]);
    expect(codes(UGANDA, intoEthiopia)).toEqual(['incoming-destination-elsewhere']);
    expect(codes(ETHIOPIA, { direction: 'outgoing', origin_country: 'KEN', destination_country: 'SSD' })).toEqual([
      'outgoing-origin-elsewhere',
    ]);
  });

  it('gives the same object for the same definition and country, so validation plans are kept', () => {
    expect(forDeployment(FMR_V1, ETHIOPIA)).toBe(forDeployment(FMR_V1, { ...ETHIOPIA }));
    expect(forDeployment(FMR_V1, ETHIOPIA)).not.toBe(forDeployment(FMR_V1, UGANDA));
  });

  it('leaves the stored definition as it was', () => {
    forDeployment(FMR_V1, ETHIOPIA);
    expect(JSON.stringify(FMR_V1)).toContain('{country}');
  });
});
