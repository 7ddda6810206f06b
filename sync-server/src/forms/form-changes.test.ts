import { describe, expect, it } from 'vitest';
import { formChanges } from './form-changes.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';

const text = (en: string) => ({ en, fr: en, sw: en });
const v2 = (
  change: (fields: FieldDefinition[], form: FormDefinition) => FieldDefinition[],
  rules = FMS_V1.rules,
): FormDefinition => ({
  ...FMS_V1,
  version: 2,
  fields: change(structuredClone([...FMS_V1.fields]) as FieldDefinition[], FMS_V1),
  rules,
});
const named = (fields: FieldDefinition[], name: string) =>
  fields.find((f) => f.name === name) as FieldDefinition & { choices: { value: string; label: unknown }[] };

describe('formChanges', () => {
  it('finds nothing between a version and itself, and names the version compared with', () => {
    const changes = formChanges(FMS_V1, { ...FMS_V1, version: 2 });
    expect(changes).toEqual({
      from: 1,
      questionsAdded: [],
      questionsRemoved: [],
      questionsChanged: [],
      choicesAdded: [],
      choicesRemoved: [],
      rulesAdded: [],
      rulesRemoved: [],
      rulesChanged: [],
    });
  });

  it('has no version to compare a first version with', () => {
    expect(formChanges(null, FMS_V1).from).toBeNull();
    expect(formChanges(null, FMS_V1).questionsAdded).toEqual([]);
  });

  it('names questions added and removed', () => {
    const changes = formChanges(
      FMS_V1,
      v2((fields) => [
        ...fields.filter((f) => f.name !== 'occupation'),
        { name: 'fever', type: 'boolean', label: text('Fever') },
      ]),
    );
    expect(changes.questionsAdded).toEqual(['fever']);
    expect(changes.questionsRemoved).toEqual(['occupation']);
    expect(changes.questionsChanged).toEqual([]);
  });

  it('names the properties of a changed question, and choices added or removed apart', () => {
    const changes = formChanges(
      FMS_V1,
      v2((fields) => {
        named(fields, 'age').label = text('Age in years');
        named(fields, 'sex').required = false;
        const education = named(fields, 'education');
        education.choices = [
          ...education.choices.filter((c) => c.value !== 'vocational'),
          { value: 'koranic', label: text('Koranic') },
        ];
        return fields;
      }),
    );
    expect(changes.questionsChanged).toEqual([
      { name: 'sex', properties: ['required'] },
      { name: 'age', properties: ['label'] },
    ]);
    expect(changes.choicesAdded).toEqual([{ question: 'education', value: 'koranic' }]);
    expect(changes.choicesRemoved).toEqual([{ question: 'education', value: 'vocational' }]);
  });

  it('counts a kept choice relabelled as a change of the question', () => {
    const changes = formChanges(
      FMS_V1,
      v2((fields) => {
        const consent = named(fields, 'consent');
        consent.choices = consent.choices.map((c) => (c.value === 'no' ? { ...c, label: text('Refused') } : c));
        return fields;
      }),
    );
    expect(changes.questionsChanged).toEqual([{ name: 'consent', properties: ['choices'] }]);
    expect(changes.choicesAdded).toEqual([]);
  });

  it('names rules added, removed and changed by code', () => {
    const [first, second, ...rest] = FMS_V1.rules;
    if (!first || !second) throw new Error('FMS v1 has rules');
    const changes = formChanges(
      FMS_V1,
      v2(
        (fields) => fields,
        [
          { ...first, severity: first.severity === 'error' ? 'warning' : 'error' },
          ...rest,
          { ...second, code: 'new-rule' },
        ],
      ),
    );
    expect(changes.rulesChanged).toEqual([first.code]);
    expect(changes.rulesRemoved).toEqual([second.code]);
    expect(changes.rulesAdded).toEqual(['new-rule']);
  });
});
