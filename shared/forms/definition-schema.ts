import { z } from 'zod';
import { COUNTRY_PLACEHOLDER } from '../deployment.ts';
import type { Text } from '../i18n.ts';
import type { Path, Problem } from './definition-problem.ts';
import { expressionProblems } from './definition-expressions.ts';
import { groupProblems } from './definition-groups.ts';
import { fieldAccepts } from './field-schema.ts';
import { checkParams } from './rules.ts';
import type { Check, Condition, FieldDefinition, FormDefinition } from './types.ts';

/** Question names become record keys, CSV columns and `${name}` references. */
const NAME = /^[a-z][a-z0-9_]{0,63}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const CHOICE_VALUE = /^[A-Za-z0-9_.-]{1,64}$/;
const RULE_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HXL_TAG = /^#[a-z][a-z0-9_]*( *\+[a-z][a-z0-9_]*)*$/;

const name = z
  .string()
  .regex(NAME, { error: 'a name is lower-case letters, digits and _, starting with a letter (at most 64)' });
const text = z.object({ en: z.string().trim().min(1, { error: 'English text is required' }) }).catchall(z.string());
/** An expression can quote a text with ' or with ", not one holding both. */
const quotable = z
  .string()
  .refine((s) => !(s.includes("'") && s.includes('"')), { error: 'a text cannot hold both \' and "' });
const scalar = z.union([
  quotable
    .refine((s) => s !== '', { error: "an empty text: test for an empty answer with an expression (${x} = '')" })
    .refine((s) => !s.includes('{') || s === COUNTRY_PLACEHOLDER, {
      error: `a value holds no braces, except ${COUNTRY_PLACEHOLDER} alone: the deployment's country code`,
    }),
  z.number(),
  z.boolean(),
]);

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: name, equals: scalar }),
    z.strictObject({
      field: name,
      oneOf: z.array(scalar).min(2, { error: 'oneOf needs two values or more; one is equals' }),
    }),
    z.strictObject({ field: name, atLeast: z.number() }),
    z.strictObject({ field: name, includes: quotable }),
    z.strictObject({ all: z.array(condition).min(2, { error: 'all needs two conditions or more' }) }),
    z.strictObject({ any: z.array(condition).min(2, { error: 'any needs two conditions or more' }) }),
    z.strictObject({ not: condition }),
    z.strictObject({ expression: z.string().trim().min(1, { error: 'an empty expression' }) }),
  ]),
);

const choice = z.strictObject({
  value: z.string().regex(CHOICE_VALUE, { error: 'a choice value is letters, digits, _, . and -' }),
  label: text,
});
const choices = z.array(choice).min(1, { error: 'a list needs at least one choice' });

const base = {
  name,
  label: text,
  hint: text.optional(),
  /** Required is the default: the canonical form omits `required: true`. */
  required: z
    .union([z.literal(false), condition], { error: 'required is false or a condition; omit it for required' })
    .optional(),
  relevant: condition.optional(),
  hxl: z.string().regex(HXL_TAG, { error: 'an HXL hashtag with attributes: #affected +m +infant' }).optional(),
  constraint: z.string().trim().min(1, { error: 'an empty constraint: leave it out' }).optional(),
  constraintMessage: text.optional(),
  default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
  group: name.optional(),
};

const group = z.strictObject({ name, label: text, relevant: condition.optional(), group: name.optional() });

const field = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...base, type: z.literal('integer'), min: z.int(), max: z.int() }),
    z.strictObject({ ...base, type: z.literal('decimal'), min: z.number(), max: z.number() }),
    z.strictObject({ ...base, type: z.literal('select_one'), choices }),
    z.strictObject({ ...base, type: z.literal('select_multiple'), choices }),
    z.strictObject({ ...base, type: z.literal('text'), maxLength: z.int().positive() }),
    z.strictObject({ ...base, type: z.literal('datetime') }),
    z.strictObject({ ...base, type: z.literal('date') }),
    z.strictObject({ ...base, type: z.literal('note') }),
    z.strictObject({ ...base, type: z.literal('boolean') }),
    z.strictObject({ ...base, type: z.literal('fmp') }),
    z.strictObject({ ...base, type: z.literal('country') }),
    z.strictObject({ ...base, type: z.literal('admin1'), countryField: name }),
    z.strictObject({ ...base, type: z.literal('admin2'), admin1Field: name }),
  ],
  {
    error:
      'type is one of integer, decimal, select_one, select_multiple, text, datetime, date, note, boolean, fmp, ' +
      'country, admin1, admin2',
  },
);

const fieldList = z.array(name).min(1);
const check = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('sum-at-least'), fields: fieldList, min: z.number() }),
    z.strictObject({ kind: z.literal('sum-at-most'), fields: fieldList, max: z.number() }),
    z.strictObject({ kind: z.literal('sum-not-above'), fields: fieldList, limitFields: fieldList }),
    z.strictObject({ kind: z.literal('not-in-future'), field: name, toleranceMinutes: z.number().nonnegative() }),
    z.strictObject({ kind: z.literal('not-older-than'), field: name, days: z.number().positive() }),
    z.strictObject({ kind: z.literal('after'), field: name, otherField: name }),
    z.strictObject({ kind: z.literal('equals'), field: name, value: scalar }),
    z.strictObject({ kind: z.literal('at-least'), field: name, min: z.number() }),
  ],
  {
    error:
      'kind is one of sum-at-least, sum-at-most, sum-not-above, not-in-future, not-older-than, after, equals, at-least',
  },
);

const rule = z.strictObject({
  code: z.string().regex(RULE_CODE, { error: 'a rule code is kebab-case' }),
  severity: z.enum(['error', 'warning']),
  when: condition.optional(),
  check,
  message: text,
});

const shape = z.strictObject({
  id: name,
  version: z.int().positive(),
  title: text,
  timeField: name,
  fields: z.array(field).min(1, { error: 'a form needs at least one question' }),
  groups: z.array(group).min(1, { error: 'leave groups out when the form has none' }).optional(),
  rules: z.array(rule),
});

/** The zod schema of a form definition: its shape, then what one part says of another. */
const formDefinitionSchema = shape.superRefine((form, context) => {
  for (const problem of crossCheck(form as FormDefinition)) context.addIssue({ code: 'custom', ...problem });
});

export interface DefinitionError {
  /** Where in the definition: `fields.3.relevant.field`. */
  path: string;
  message: string;
}

type DefinitionCheck = { ok: true; definition: FormDefinition } | { ok: false; errors: DefinitionError[] };

/** Checks a definition as JSON, every problem with its path. */
export function checkDefinition(input: unknown): DefinitionCheck {
  const parsed = formDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data as FormDefinition };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/** The numbers a check reads must be integer answers; its times datetime answers. */
const NUMERIC_CHECKS = new Set<Check['kind']>(['sum-at-least', 'sum-at-most', 'sum-not-above', 'at-least']);

function crossCheck(form: FormDefinition): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map<string, FieldDefinition>();
  form.fields.forEach((field, i) => {
    if (byName.has(field.name))
      problems.push({ path: ['fields', i, 'name'], message: `a second question named ${field.name}` });
    else byName.set(field.name, field);
  });
  const refer = (path: Path, fieldName: string, types?: readonly FieldDefinition['type'][]) => {
    const target = byName.get(fieldName);
    if (!target) problems.push({ path, message: `${fieldName} names no question of this form` });
    else if (types && !types.includes(target.type))
      problems.push({ path, message: `${fieldName} is ${target.type}, not ${types.join(' or ')}` });
  };
  const conditionAt = (c: Condition | undefined, path: Path) => {
    if (!c) return;
    for (const [at, fieldName] of conditionReferences(c, path)) refer(at, fieldName);
    for (const [at, text] of conditionExpressions(c, path)) {
      problems.push(...expressionProblems(text, at, new Set(byName.keys()), 'condition'));
      // An XLSForm cell holds the whole condition as one expression, and reads it back as one.
      if (at.length > path.length + 1)
        problems.push({ path: at, message: 'an expression inside all, any or not: write the whole condition as one' });
    }
    for (const at of nonCanonicalAny(c, path))
      problems.push({ path: at, message: 'an any of equalities on one question is written as oneOf' });
  };

  refer(['timeField'], form.timeField, ['datetime']);
  form.fields.forEach((field, i) => {
    conditionAt(field.relevant, ['fields', i, 'relevant']);
    if (typeof field.required === 'object') conditionAt(field.required, ['fields', i, 'required']);
    if (field.type === 'admin1') refer(['fields', i, 'countryField'], field.countryField, ['country']);
    if (field.type === 'admin2') refer(['fields', i, 'admin1Field'], field.admin1Field, ['admin1']);
    if ((field.type === 'integer' || field.type === 'decimal') && field.min > field.max)
      problems.push({ path: ['fields', i, 'max'], message: 'max is below min' });
    if (field.constraint)
      problems.push(
        ...expressionProblems(field.constraint, ['fields', i, 'constraint'], new Set(byName.keys()), 'constraint'),
      );
    if (field.constraintMessage && !field.constraint)
      problems.push({ path: ['fields', i, 'constraintMessage'], message: 'a constraint message without a constraint' });
    if (field.default === '' || (Array.isArray(field.default) && field.default.length === 0))
      problems.push({ path: ['fields', i, 'default'], message: 'an empty default: leave default out' });
    else if (field.default !== undefined && field.type !== 'note' && !fieldAccepts(field)(field.default))
      problems.push({ path: ['fields', i, 'default'], message: `not an answer this ${field.type} question accepts` });
    if (field.type === 'note') problems.push(...noteProblems(field, ['fields', i]));
    if ('choices' in field) {
      const seen = new Set<string>();
      field.choices.forEach((c, j) => {
        if (seen.has(c.value))
          problems.push({ path: ['fields', i, 'choices', j, 'value'], message: `a second choice ${c.value}` });
        seen.add(c.value);
      });
    }
  });

  form.groups?.forEach((g, i) => conditionAt(g.relevant, ['groups', i, 'relevant']));
  problems.push(...groupProblems(form));

  const codes = new Set<string>();
  form.rules.forEach((r, i) => {
    if (codes.has(r.code)) problems.push({ path: ['rules', i, 'code'], message: `a second rule ${r.code}` });
    codes.add(r.code);
    conditionAt(r.when, ['rules', i, 'when']);
    const types = NUMERIC_CHECKS.has(r.check.kind)
      ? (['integer'] as const)
      : r.check.kind === 'equals'
        ? undefined
        : (['datetime'] as const);
    for (const [at, fieldName] of checkReferences(r.check, ['rules', i, 'check'])) refer(at, fieldName, types);
  });

  problems.push(...languageProblems(form));
  return problems;
}

function* conditionReferences(c: Condition, path: Path): Generator<[Path, string]> {
  if ('all' in c) for (const [i, inner] of c.all.entries()) yield* conditionReferences(inner, [...path, 'all', i]);
  else if ('any' in c) for (const [i, inner] of c.any.entries()) yield* conditionReferences(inner, [...path, 'any', i]);
  else if ('not' in c) yield* conditionReferences(c.not, [...path, 'not']);
  else if (!('expression' in c)) yield [[...path, 'field'], c.field];
}

function* conditionExpressions(c: Condition, path: Path): Generator<[Path, string]> {
  if ('all' in c) for (const [i, inner] of c.all.entries()) yield* conditionExpressions(inner, [...path, 'all', i]);
  else if ('any' in c)
    for (const [i, inner] of c.any.entries()) yield* conditionExpressions(inner, [...path, 'any', i]);
  else if ('not' in c) yield* conditionExpressions(c.not, [...path, 'not']);
  else if ('expression' in c) yield [[...path, 'expression'], c.expression];
}

/** A note is read, never answered: nothing may ask for, test or export an answer to it. */
function noteProblems(field: FieldDefinition, path: Path): Problem[] {
  const answerOnly = ['required', 'constraint', 'constraintMessage', 'default', 'hxl'] as const;
  return answerOnly
    .filter((key) => field[key] !== undefined)
    .map((key) => ({ path: [...path, key], message: `a note has no answer, so no ${key}` }));
}

function* nonCanonicalAny(c: Condition, path: Path): Generator<Path> {
  if ('not' in c) yield* nonCanonicalAny(c.not, [...path, 'not']);
  if (!('all' in c) && !('any' in c)) return;
  const [key, items] = 'all' in c ? (['all', c.all] as const) : (['any', c.any] as const);
  const fields = items.map((inner) => ('equals' in inner ? inner.field : null));
  if (key === 'any' && fields.every((f) => f !== null && f === fields[0])) yield path;
  for (const [i, inner] of items.entries()) yield* nonCanonicalAny(inner, [...path, key, i]);
}

function checkReferences(check: Check, path: Path): [Path, string][] {
  switch (check.kind) {
    case 'sum-at-least':
    case 'sum-at-most':
      return check.fields.map((f, i) => [[...path, 'fields', i], f]);
    case 'sum-not-above':
      return [
        ...check.fields.map((f, i): [Path, string] => [[...path, 'fields', i], f]),
        ...check.limitFields.map((f, i): [Path, string] => [[...path, 'limitFields', i], f]),
      ];
    case 'after':
      return [
        [[...path, 'field'], check.field],
        [[...path, 'otherField'], check.otherField],
      ];
    default:
      return [[[...path, 'field'], check.field]];
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
/** The deployment's country, filled per language (for-deployment.ts); rule messages also name their check's numbers. */
const PLACEHOLDER_NAME = COUNTRY_PLACEHOLDER.slice(1, -1);

/** Every text of a form is in the title's languages, with the same {placeholders}: an XLSForm column per language holds them all. */
function languageProblems(form: FormDefinition): Problem[] {
  const languages = Object.keys(form.title);
  const country = [PLACEHOLDER_NAME];
  const texts: [Path, Text, string[]][] = [
    [['title'], form.title, country],
    ...form.fields.flatMap((f, i) => [
      [['fields', i, 'label'], f.label, country] as [Path, Text, string[]],
      ...(f.hint ? [[['fields', i, 'hint'], f.hint, country] as [Path, Text, string[]]] : []),
      ...('choices' in f
        ? f.choices.map((c, j): [Path, Text, string[]] => [['fields', i, 'choices', j, 'label'], c.label, country])
        : []),
      ...(f.constraintMessage
        ? [[['fields', i, 'constraintMessage'], f.constraintMessage, country] as [Path, Text, string[]]]
        : []),
    ]),
    ...(form.groups ?? []).map((g, i): [Path, Text, string[]] => [['groups', i, 'label'], g.label, country]),
    ...form.rules.map((r, i): [Path, Text, string[]] => [
      ['rules', i, 'message'],
      r.message,
      [...country, ...Object.keys(checkParams(r.check))],
    ]),
  ];
  const problems: Problem[] = [];
  for (const [path, t, allowed] of texts) {
    for (const language of Object.keys(t)) {
      const unknown = placeholders(t[language] ?? '').filter((p) => !allowed.includes(p));
      if (unknown.length > 0)
        problems.push({
          path: [...path, language],
          message: `{${unknown.join('}, {')}} is not a placeholder here (allowed: ${allowed.map((a) => `{${a}}`).join(', ')})`,
        });
      if (!LANGUAGE_CODE.test(language))
        problems.push({ path: [...path, language], message: `${language} is not a language code (en, fr, sw)` });
      else if (!languages.includes(language))
        problems.push({ path: [...path, language], message: `${language} is not one of the title's languages` });
      else if (placeholders(t[language] ?? '').join() !== placeholders(t.en).join()) {
        problems.push({ path: [...path, language], message: 'not the same {placeholders} as the English text' });
      }
    }
    for (const language of languages) {
      if (!(t[language] ?? '').trim()) problems.push({ path: [...path, language], message: `missing in ${language}` });
    }
  }
  return problems;
}
