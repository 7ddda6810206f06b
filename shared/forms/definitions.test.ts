import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Text } from '../i18n.ts';
import { conditionFields } from './condition.ts';
import { FIELD_ISSUE_MESSAGES } from './messages.ts';
import { FORM_DEFINITIONS } from './registry.ts';
import { checkFields } from './rules.ts';
import type { FormDefinition } from './types.ts';

/** Every text a person can read in a form, with where it stands. */
function texts(form: FormDefinition): [string, Text][] {
  return [
    [`${form.id} title`, form.title],
    ...form.fields.flatMap((f): [string, Text][] => [
      [`${form.id}.${f.name} label`, f.label],
      ...(f.hint ? [[`${form.id}.${f.name} hint`, f.hint] as [string, Text]] : []),
      ...('choices' in f ? f.choices.map((c): [string, Text] => [`${form.id}.${f.name}=${c.value}`, c.label]) : []),
    ]),
    ...form.rules.map((r): [string, Text] => [`${form.id} rule ${r.code}`, r.message]),
  ];
}

const allTexts: [string, Text][] = [
  ...FORM_DEFINITIONS.flatMap(texts),
  ...Object.entries(FIELD_ISSUE_MESSAGES).map(([code, text]): [string, Text] => [`issue ${code}`, text]),
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('form definitions', () => {
  it.each(allTexts)('%s exists in English, French and Swahili with the same placeholders', (_where, text) => {
    for (const language of LANGUAGES) expect(text[language]?.trim()).toBeTruthy();
    for (const language of LANGUAGES) expect(placeholders(text[language] ?? '')).toEqual(placeholders(text.en));
  });

  it.each(FORM_DEFINITIONS.map((f) => [`${f.id} v${f.version}`, f] as const))(
    '%s refers only to its own fields',
    (_name, form) => {
      const names = form.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      const referenced = [
        form.timeField,
        ...form.fields.flatMap((f) => [
          ...conditionFields(f.relevant),
          ...(typeof f.required === 'object' ? conditionFields(f.required) : []),
          ...(f.type === 'admin1' ? [f.countryField] : f.type === 'admin2' ? [f.admin1Field] : []),
        ]),
        ...form.rules.flatMap((r) => [...checkFields(r.check), ...conditionFields(r.when)]),
      ];
      for (const name of referenced) expect(names).toContain(name);
      expect(form.fields.find((f) => f.name === form.timeField)?.type).toBe('datetime');
    },
  );

  it.each(FORM_DEFINITIONS.map((f) => [`${f.id} v${f.version}`, f] as const))(
    '%s has unique kebab-case rule codes and unique choices',
    (_name, form) => {
      const codes = form.rules.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const field of form.fields) {
        if ('choices' in field) expect(new Set(field.choices.map((c) => c.value)).size).toBe(field.choices.length);
      }
    },
  );

  it('has one definition per form id and version', () => {
    const keys = FORM_DEFINITIONS.map((f) => `${f.id}@${f.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('collects no names, phone numbers or ID numbers', () => {
    const names = FORM_DEFINITIONS.flatMap((f) => f.fields.map((field) => field.name));
    for (const name of names) expect(name).not.toMatch(/name|phone|id_number|passport/);
  });
});
