import { describe, expect, it } from 'vitest';
import { checkDefinition } from './definition-schema.ts';
import { FMR_V1 } from './fmr-v1.ts';
import { FMS_V1 } from './fms-v1.ts';
import { FORM_DEFINITIONS } from './registry.ts';
import type { FormDefinition } from './types.ts';

type Mutable = { -readonly [K in keyof FormDefinition]: unknown } & Record<string, unknown>;
const broken = (
  change: (form: Mutable & { fields: Record<string, unknown>[]; rules: Record<string, unknown>[] }) => void,
) => {
  const copy = structuredClone(FMR_V1) as unknown as Mutable & {
    fields: Record<string, unknown>[];
    rules: Record<string, unknown>[];
  };
  change(copy);
  return copy;
};
const errorsOf = (input: unknown) => {
  const result = checkDefinition(input);
  return result.ok ? [] : result.errors;
};

describe('checkDefinition', () => {
  it.each(FORM_DEFINITIONS.map((f) => [`${f.id} v${f.version}`, f] as const))(
    'accepts the shipped %s unchanged',
    (_name, form) => {
      expect(checkDefinition(form)).toEqual({ ok: true, definition: form });
    },
  );

  it('lists every problem of the shape, each with its path', () => {
    const form = broken((f) => {
      f.version = 0;
      (f.fields[2] as Record<string, unknown>).relevent = { field: 'source', equals: 'group' };
      (f.fields[13] as Record<string, unknown>).type = 'number';
      (f.rules[0] as Record<string, unknown>).code = 'Grid_Empty';
      (f.rules[1] as Record<string, unknown>).check = { kind: 'sum-at-most', fields: [], max: 500 };
      delete (f.fields[0] as Record<string, unknown>).label;
    });
    expect(errorsOf(form).map((e) => e.path)).toEqual([
      'version',
      'fields.0.label',
      'fields.2',
      'fields.13.type',
      'rules.0.code',
      'rules.1.check.fields',
    ]);
  });

  it('lists every problem between the parts, each with its path', () => {
    const form = broken((f) => {
      f.timeField = 'notes';
      f.fields[25] = { ...f.fields[25], name: 'fmp' };
      f.fields[10] = {
        ...f.fields[10],
        relevant: {
          all: [
            { field: 'source', equals: 'group' },
            { field: 'sourse', equals: 'x' },
          ],
        },
      };
      f.fields[5] = { ...f.fields[5], admin1Field: 'origin_country' };
      f.fields[13] = { ...f.fields[13], min: 10, max: 1 };
      f.fields[2] = {
        ...f.fields[2],
        choices: [
          { value: 'a', label: { en: 'A', fr: 'A', sw: 'A' } },
          { value: 'a', label: { en: 'B', fr: 'B', sw: 'B' } },
        ],
      };
      f.fields[4] = { ...f.fields[4], label: { en: 'Province', fr: '', sw: 'Mkoa', de: 'Provinz' } };
      f.rules[1] = { ...f.rules[1], code: 'grid-empty' };
      f.rules[5] = { ...f.rules[5], check: { kind: 'not-in-future', field: 'males_0_4', toleranceMinutes: 10 } };
      f.rules[6] = {
        ...f.rules[6],
        message: { en: 'Observed more than {days} days ago.', fr: 'Il y a longtemps.', sw: 'Zamani {days}.' },
      };
      f.rules[8] = {
        ...f.rules[8],
        when: {
          any: [
            { field: 'direction', equals: 'incoming' },
            { field: 'direction', equals: 'outgoing' },
          ],
        },
      };
    });
    expect(errorsOf(form)).toEqual([
      { path: 'fields.25.name', message: 'a second question named fmp' },
      { path: 'timeField', message: 'notes is text, not datetime' },
      { path: 'fields.2.choices.1.value', message: 'a second choice a' },
      { path: 'fields.5.admin1Field', message: 'origin_country is country, not admin1' },
      { path: 'fields.10.relevant.all.1.field', message: 'sourse names no question of this form' },
      { path: 'fields.13.max', message: 'max is below min' },
      { path: 'rules.1.code', message: 'a second rule grid-empty' },
      { path: 'rules.5.check.field', message: 'males_0_4 is integer, not datetime' },
      { path: 'rules.8.when', message: 'an any of equalities on one question is written as oneOf' },
      { path: 'fields.4.label.de', message: "de is not one of the title's languages" },
      { path: 'fields.4.label.fr', message: 'missing in fr' },
      { path: 'rules.6.message.fr', message: 'not the same {placeholders} as the English text' },
    ]);
  });

  it('refuses the non-canonical spellings that would not come back the same from an XLSForm', () => {
    const form = broken((f) => {
      f.fields[0] = { ...f.fields[0], required: true };
      f.fields[1] = { ...f.fields[1], relevant: { all: [{ field: 'source', equals: 'group' }] } };
      f.fields[2] = { ...f.fields[2], relevant: { field: 'source', oneOf: ['group'] } };
      f.fields[3] = { ...f.fields[3], relevant: { field: 'source', equals: '' } };
    });
    expect(errorsOf(form).map((e) => e.path)).toEqual([
      'fields.0.required',
      'fields.1.relevant.all',
      'fields.2.relevant.oneOf',
      'fields.3.relevant.equals',
    ]);
  });

  it('accepts a new version that adds a question', () => {
    const v2 = {
      ...FMS_V1,
      version: 2,
      fields: [
        ...FMS_V1.fields,
        {
          name: 'ebola_symptoms',
          type: 'boolean',
          label: { en: 'Symptoms', fr: 'Symptômes', sw: 'Dalili' },
          hxl: '#indicator +symptoms',
        },
      ],
    };
    expect(errorsOf(v2)).toEqual([]);
  });

  it('takes {country} in any text and as a whole value, and refuses other placeholders and braces', () => {
    const form = broken((f) => {
      f.fields[2] = {
        ...f.fields[2],
        hint: { en: 'Into {country}?', fr: 'Vers {country} ?', sw: 'Kwenda {country}?' },
      };
      f.fields[26] = { ...f.fields[26], label: { en: 'On {place}', fr: 'Sur {place}', sw: 'Kuhusu {place}' } };
      f.rules[6] = { ...f.rules[6], message: { en: '{days}, {min}', fr: '{days}, {min}', sw: '{days}, {min}' } };
      f.rules[8] = { ...f.rules[8], check: { kind: 'equals', field: 'destination_country', value: 'in {country}' } };
    });
    const at = (path: string, languages: string[], message: string) =>
      languages.map((language) => ({ path: `${path}.${language}`, message }));
    expect(errorsOf(form)).toEqual([
      {
        path: 'rules.8.check.value',
        message: "a value holds no braces, except {country} alone: the deployment's country code",
      },
      ...at('fields.26.label', ['en', 'fr', 'sw'], '{place} is not a placeholder here (allowed: {country})'),
      ...at('rules.6.message', ['en', 'fr', 'sw'], '{min} is not a placeholder here (allowed: {country}, {days})'),
    ]);
  });
});
