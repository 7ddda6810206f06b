import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORM_DEFINITIONS } from './registry.ts';
import { fieldAccepts, fieldSchema } from './field-schema.ts';
import type { FieldDefinition } from './types.ts';
import { countryCodes } from '../code-lists/countries.ts';

const fields = FORM_DEFINITIONS.flatMap((form) =>
  form.fields.map((field) => [`${form.id} v${form.version} ${field.name}`, field] as const),
);

/** Values near what the field takes, so that both the accepted side and each way of refusing are drawn often. */
function candidates(field: FieldDefinition): fc.Arbitrary<unknown> {
  const choices = 'choices' in field ? field.choices.map((c) => c.value) : ['x'];
  const near = {
    integer:
      'min' in field
        ? fc.oneof(
            fc.integer({ min: field.min - 2, max: field.max + 2 }),
            fc.double(),
            fc.constantFrom(field.min + 0.5, -0, Number.NaN, Infinity, 2 ** 53),
          )
        : fc.integer(),
    choices: fc.oneof(fc.constantFrom(...choices), fc.array(fc.constantFrom(...choices, 'nope'), { maxLength: 5 })),
    text:
      'maxLength' in field
        ? fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.integer({ min: field.maxLength - 1, max: field.maxLength + 1 }).map((n) => 'é'.repeat(n)),
          )
        : fc.string(),
    datetime: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace('Z', '+03:00')),
      fc.constantFrom(
        '2026-02-30T10:00:00+03:00',
        '2026-11-20T24:00:00Z',
        '2026-11-20T09:15+03:00',
        '2026-11-20 09:15:00Z',
        '2026-11-20T09:15:00.123456+14:00',
      ),
    ),
    codes: fc.oneof(
      fc.constantFrom(
        ...countryCodes().slice(0, 30),
        'UNK',
        'ZZZ',
        'cod',
        'UG-406',
        'CD-NK',
        'UG-W',
        'MPONDWE',
        'M',
        'A_1',
      ),
      fc.string({ maxLength: 8 }),
    ),
  };
  return fc.oneof(fc.anything(), near.integer, near.choices, near.text, near.datetime, near.codes, fc.boolean());
}

describe('fieldAccepts', () => {
  it.each(fields)('accepts exactly what the zod schema of %s accepts', (_name, field) => {
    const accepts = fieldAccepts(field);
    const schema = fieldSchema(field);
    fc.assert(
      fc.property(candidates(field), (value) => {
        expect(accepts(value)).toBe(schema.safeParse(value).success);
      }),
      { numRuns: 300 },
    );
  });
});
