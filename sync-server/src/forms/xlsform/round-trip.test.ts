import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_DEFINITIONS } from '../../../../shared/forms/registry.ts';
import type { FormDefinition } from '../../../../shared/forms/types.ts';
import { validateData } from '../../../../shared/forms/validate.ts';
import { forDeployment } from '../../../../shared/forms/for-deployment.ts';
import { UGANDA } from '../../../../shared/test/deployments.ts';
import { makeFmrData, makeFmsData, makeScreeningData } from '../../../../shared/test/fixtures.ts';
import { readXlsform } from './read-xlsform.ts';
import { writeXlsform } from './write-xlsform.ts';

const FIXTURES: Record<string, () => Record<string, unknown>> = {
  fmr: () => makeFmrData() as unknown as Record<string, unknown>,
  fms: makeFmsData,
  screening: makeScreeningData,
};
const context = {
  now: new Date('2026-11-20T07:00:00Z'),
  timeZone: UGANDA.timeZone,
  fmpCodes: new Set(['MPONDWE', 'GOLI', 'BUNAGANA']),
};

async function roundTrip(form: FormDefinition): Promise<FormDefinition> {
  const read = await readXlsform(await writeXlsform(form));
  if (!read.ok) throw new Error(JSON.stringify(read.problems, null, 2));
  return read.definition;
}

/** A fixture with some answers replaced by values near and far from what the questions take. */
function variations(form: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  const answer = fc.oneof(
    fc.constantFrom(
      null,
      undefined,
      '',
      'yes',
      'group',
      'tally',
      'UGA',
      'COD',
      'UG-W',
      'MPONDWE',
      '2026-11-20T09:15:00+03:00',
      '2026-11-27T09:15:00+03:00',
    ),
    fc.integer({ min: -2, max: 10_001 }),
    fc.boolean(),
    fc.array(fc.constantFrom('food', 'none', 'water'), { maxLength: 3 }),
  );
  const names = [...form.fields.map((f) => f.name), 'full_name'];
  return fc
    .dictionary(fc.constantFrom(...names), answer, { maxKeys: 4 })
    .map((overrides) => ({ ...FIXTURES[form.id]?.(), ...overrides }));
}

describe('XLSForm round trip', () => {
  it.each(FORM_DEFINITIONS.map((f) => [`${f.id} v${f.version}`, f] as const))(
    '%s written out and read back is the same definition',
    async (_name, form) => {
      expect(await roundTrip(form)).toEqual(form);
    },
  );

  it.each(FORM_DEFINITIONS.map((f) => [`${f.id} v${f.version}`, f] as const))(
    '%s read back validates its fixtures with the same codes',
    async (_name, form) => {
      // Judged as the first deployment judges them: the fixtures cross into Uganda.
      const back = forDeployment(await roundTrip(form), UGANDA);
      const shipped = forDeployment(form, UGANDA);
      const fixture = FIXTURES[form.id]?.();
      expect(validateData(back, fixture, context)).toEqual({ errors: [], warnings: [] });
      fc.assert(
        fc.property(variations(form), (data) => {
          expect(validateData(back, data, context)).toEqual(validateData(shipped, data, context));
        }),
        { numRuns: 500 },
      );
    },
  );
});
