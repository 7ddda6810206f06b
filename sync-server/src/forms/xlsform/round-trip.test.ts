import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_DEFINITIONS } from '../../../../shared/forms/registry.ts';
import type { FieldDefinition, FormDefinition, GroupDefinition } from '../../../../shared/forms/types.ts';
import { validateData } from '../../../../shared/forms/validate.ts';
import { forDeployment } from '../../../../shared/forms/for-deployment.ts';
import { UGANDA } from '../../../../shared/test/deployments.ts';
import { makeFmrData, makeFmsData, makeScreeningData } from '../../../../shared/test/fixtures.ts';
import { checkDefinition } from '../../../../shared/forms/definition-schema.ts';
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

const t = (en: string, fr: string) => ({ en, fr });

/** A form using everything the definition format holds beyond v1: every new type, nested groups, expressions, defaults. */
const EVERY_FEATURE: FormDefinition = {
  id: 'household',
  version: 3,
  title: t('Household visit', 'Visite du ménage'),
  timeField: 'visited_at',
  fields: [
    { name: 'visited_at', type: 'datetime', label: t('Visited at', 'Visité le'), default: '2026-12-01T08:00:00+03:00' },
    { name: 'fmp', type: 'fmp', label: t('Point', 'Point'), default: 'GOLI' },
    { name: 'intro', type: 'note', label: t('Ask for consent', 'Demandez'), hint: t('Read aloud', 'Lisez') },
    { name: 'consent', type: 'boolean', label: t('Consent', 'Accord'), default: false },
    {
      name: 'age',
      type: 'integer',
      min: 0,
      max: 120,
      label: t('Age', 'Âge'),
      default: 30,
      constraint: '. != 13',
      constraintMessage: t('Not 13', 'Pas 13'),
      group: 'person',
    },
    {
      name: 'birth_date',
      type: 'date',
      label: t('Birth date', 'Date de naissance'),
      required: { expression: '${age} < 18' },
      constraint: '. <= today()',
      constraintMessage: t('Not in the future', 'Pas dans le futur'),
      default: '2020-02-29',
      group: 'person',
    },
    {
      name: 'weight_kg',
      type: 'decimal',
      min: 0.5,
      max: 250.25,
      label: t('Weight', 'Poids'),
      constraint: '. < 40 or ${age} >= 12',
      default: 12.5,
      hxl: '#indicator +weight',
      group: 'person',
    },
    {
      name: 'muac',
      type: 'decimal',
      min: -1.5,
      max: 30,
      label: t('MUAC', 'PB'),
      relevant: { expression: '${weight_kg} < 20' },
      required: false,
      group: 'child',
    },
    {
      name: 'child_note',
      type: 'note',
      label: t('Refer', 'Orientez'),
      relevant: { field: 'muac', atLeast: 11 },
      group: 'child',
    },
    {
      name: 'full_name',
      type: 'text',
      maxLength: 80,
      label: t('Name', 'Nom'),
      constraint: '(string-length(.) >= 2)',
      default: 'Unknown',
      group: 'person',
    },
    {
      name: 'needs',
      type: 'select_multiple',
      label: t('Needs', 'Besoins'),
      choices: [
        { value: 'food', label: t('Food', 'Nourriture') },
        { value: 'water', label: t('Water', 'Eau') },
        { value: 'none', label: t('None', 'Aucun') },
      ],
      constraint: "not(selected(., 'none') and count-selected(.) > 1)",
      default: ['food', 'water'],
      group: 'visit',
    },
    {
      name: 'shift',
      type: 'select_one',
      label: t('Shift', 'Service'),
      choices: [
        { value: 'day', label: t('Day', 'Jour') },
        { value: 'night', label: t('Night', 'Nuit') },
      ],
      default: 'day',
      group: 'visit',
    },
    { name: 'country', type: 'country', label: t('Country', 'Pays'), default: 'UGA' },
    { name: 'region', type: 'admin1', countryField: 'country', label: t('Region', 'Région'), default: 'UG-W' },
    { name: 'district', type: 'admin2', admin1Field: 'region', label: t('District', 'District'), default: 'UG-406' },
    { name: 'comment', type: 'text', maxLength: 200, label: t('Comment', 'Commentaire'), required: false },
  ],
  groups: [
    { name: 'person', label: t('The person', 'La personne'), relevant: { field: 'consent', equals: true } },
    { name: 'child', label: t('A child', 'Un enfant'), relevant: { expression: '${age} < 5' }, group: 'person' },
    { name: 'visit', label: t('The visit', 'La visite'), relevant: { expression: "today() >= '2026-01-01'" } },
  ],
  rules: [
    {
      code: 'many-needs',
      severity: 'warning',
      when: { expression: 'count-selected(${needs}) > 1' },
      check: { kind: 'at-least', field: 'age', min: 18 },
      message: t('Check the needs', 'Vérifiez les besoins'),
    },
  ],
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

  it('a form using every feature beyond v1 is a definition, written out and read back the same', async () => {
    expect(checkDefinition(EVERY_FEATURE)).toEqual({ ok: true, definition: EVERY_FEATURE });
    expect(await roundTrip(EVERY_FEATURE)).toEqual(EVERY_FEATURE);
  });

  it('is not promised for what the schema refuses: groups out of row order, an expression inside a tree, an empty default', () => {
    const changed = (change: (form: { -readonly [K in keyof FormDefinition]: FormDefinition[K] }) => void) => {
      const form = structuredClone(EVERY_FEATURE) as { -readonly [K in keyof FormDefinition]: FormDefinition[K] };
      change(form);
      const checked = checkDefinition(form);
      return checked.ok ? [] : checked.errors.map((e) => e.path);
    };
    const [person, child, visit] = EVERY_FEATURE.groups as GroupDefinition[];
    const field = (name: string) => EVERY_FEATURE.fields.findIndex((f) => f.name === name);
    const withField = (name: string, extra: object) =>
      EVERY_FEATURE.fields.map((f) => (f.name === name ? ({ ...f, ...extra } as FieldDefinition) : f));
    expect(changed((f) => (f.groups = [visit, person, child] as GroupDefinition[]))).toEqual(['groups.1']);
    expect(changed((f) => (f.groups = [child, person, visit] as GroupDefinition[]))).toEqual(['groups.1']);
    expect(
      changed(
        (f) =>
          (f.fields = withField('muac', {
            relevant: { all: [{ field: 'consent', equals: true }, { expression: '${age} < 5' }] },
          })),
      ),
    ).toEqual([`fields.${field('muac')}.relevant.all.1.expression`]);
    expect(changed((f) => (f.fields = withField('comment', { default: '' })))).toEqual([
      `fields.${field('comment')}.default`,
    ]);
    expect(changed((f) => (f.fields = withField('needs', { default: [] })))).toEqual([
      `fields.${field('needs')}.default`,
    ]);
  });

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
