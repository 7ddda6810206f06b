import { describe, expect, it } from 'vitest';
import { checkDefinition } from './definition-schema.ts';
import { issueMessage } from './issue-message.ts';
import type { FormDefinition } from './types.ts';
import { validateData, type ValidationContext } from './validate.ts';

const en = (text: string) => ({ en: text });

/** A form using every part of the definition format that v1 forms do not. */
const HEALTH: FormDefinition = {
  id: 'health_check',
  version: 2,
  title: en('Health check'),
  timeField: 'seen_at',
  fields: [
    { type: 'datetime', name: 'seen_at', label: en('Seen at') },
    { type: 'note', name: 'intro', label: en('Ask each traveller alone.') },
    {
      type: 'select_multiple',
      name: 'symptoms',
      label: en('Symptoms'),
      required: false,
      choices: [
        { value: 'fever', label: en('Fever') },
        { value: 'cough', label: en('Cough') },
        { value: 'rash', label: en('Rash') },
      ],
    },
    {
      type: 'decimal',
      name: 'temperature',
      label: en('Temperature'),
      min: 30,
      max: 45,
      group: 'checks',
      constraint: ". < 42.5 or selected(${symptoms}, 'rash')",
      constraintMessage: en('Above 42.5 °C only with a rash'),
    },
    { type: 'date', name: 'onset', label: en('First day ill'), group: 'checks' },
    {
      type: 'text',
      name: 'referral',
      label: en('Referred to'),
      maxLength: 80,
      group: 'follow_up',
      default: 'Bwera hospital',
    },
    {
      type: 'date',
      name: 'arrival',
      label: en('Arrival date'),
      required: false,
      constraint: '. <= today()',
      constraintMessage: en('Not a day to come'),
    },
  ],
  groups: [
    { name: 'checks', label: en('Checks'), relevant: { expression: 'count-selected(${symptoms}) > 1' } },
    { name: 'follow_up', label: en('Follow-up'), group: 'checks' },
  ],
  rules: [],
};

// 21:30 UTC on 3 December is already 4 December in Kampala (UTC+3).
const context: ValidationContext = { now: new Date('2026-12-03T21:30:00Z'), timeZone: 'Africa/Kampala' };
const SEEN = { seen_at: '2026-12-03T10:00:00+03:00' };
const ILL = { ...SEEN, symptoms: ['fever', 'cough'], temperature: 38.5, onset: '2026-12-01', referral: 'Bwera' };
const errorsOf = (data: Record<string, unknown>, at: ValidationContext = context) =>
  validateData(HEALTH, data, at).errors.map((e) => `${e.code}@${e.field}`);

describe('a definition with decimal, date and note questions, groups, constraints and expressions', () => {
  it('passes the definition schema', () => {
    expect(checkDefinition(HEALTH)).toEqual({ ok: true, definition: HEALTH });
  });

  it('accepts a record that answers what is asked', () => {
    expect(errorsOf(ILL)).toEqual([]);
    expect(errorsOf(SEEN)).toEqual([]);
  });

  it('asks a group’s questions, nested ones too, only when the group’s expression holds', () => {
    expect(errorsOf({ ...SEEN, symptoms: ['fever', 'rash'] })).toEqual([
      'required@temperature',
      'required@onset',
      'required@referral',
    ]);
    expect(errorsOf({ ...ILL, symptoms: ['fever'] })).toEqual([
      'not-relevant@temperature',
      'not-relevant@onset',
      'not-relevant@referral',
    ]);
  });

  it('judges a decimal by its range, as a number', () => {
    expect(errorsOf({ ...ILL, temperature: 36 })).toEqual([]);
    expect(errorsOf({ ...ILL, temperature: 46.1 })).toEqual(['out-of-range@temperature']);
    expect(errorsOf({ ...ILL, temperature: '38.5' })).toEqual(['not-a-number@temperature']);
  });

  it('takes a date as a calendar day and nothing else', () => {
    expect(errorsOf({ ...ILL, onset: '2026-02-29' })).toEqual(['invalid-date@onset']);
    expect(errorsOf({ ...ILL, onset: '2026-12-01T00:00:00Z' })).toEqual(['invalid-date@onset']);
    expect(errorsOf({ ...ILL, onset: 20261201 })).toEqual(['invalid-date@onset']);
  });

  it('never takes an answer to a note, and never asks for one', () => {
    expect(errorsOf({ ...ILL, intro: 'read' })).toEqual(['not-answered@intro']);
  });

  it('judges a constraint with `.` as the answer, once the answer has the right type', () => {
    expect(errorsOf({ ...ILL, temperature: 42.4 })).toEqual([]);
    expect(errorsOf({ ...ILL, temperature: 43 })).toEqual(['constraint@temperature']);
    expect(errorsOf({ ...ILL, temperature: 43, symptoms: ['fever', 'rash'] })).toEqual([]);
    expect(errorsOf({ ...ILL, temperature: 47 })).toEqual(['out-of-range@temperature']);
  });

  it('tells a failed constraint with its question’s own message, the new codes with shared ones', () => {
    const [issue] = validateData(HEALTH, { ...ILL, temperature: 43 }, context).errors;
    expect(issue && issueMessage(HEALTH, issue, 'en')).toBe('Above 42.5 °C only with a rash');
    const withoutMessage = { ...HEALTH, fields: HEALTH.fields.map(({ constraintMessage: _, ...f }) => f) };
    expect(issueMessage(withoutMessage, { code: 'constraint', field: 'temperature', params: {} }, 'fr')).toBe(
      'Cette réponse n’est pas acceptée ici : vérifiez-la.',
    );
    expect(issueMessage(HEALTH, { code: 'invalid-date', field: 'onset', params: {} }, 'sw')).toBe('Andika tarehe.');
  });

  it('reads today() in the deployment’s time zone, not UTC’s', () => {
    // 4 December has begun in Kampala; in UTC it is still 3 December.
    expect(errorsOf({ ...SEEN, arrival: '2026-12-04' })).toEqual([]);
    expect(errorsOf({ ...SEEN, arrival: '2026-12-04' }, { ...context, timeZone: 'UTC' })).toEqual([
      'constraint@arrival',
    ]);
    expect(errorsOf({ ...SEEN, arrival: '2026-12-05' })).toEqual(['constraint@arrival']);
  });
});

describe('the definition schema on the format’s additions', () => {
  const pathsOf = (
    change: (form: { fields: Record<string, unknown>[]; groups: Record<string, unknown>[] }) => void,
  ) => {
    const copy = structuredClone(HEALTH) as unknown as {
      fields: Record<string, unknown>[];
      groups: Record<string, unknown>[];
    };
    change(copy);
    const result = checkDefinition(copy);
    return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('names each broken expression where it is', () => {
    expect(
      pathsOf((f) => {
        (f.fields[3] as Record<string, unknown>).constraint = '. < ${temperatur}';
        (f.groups[0] as Record<string, unknown>).relevant = { expression: 'counted(${symptoms}) > 1' };
        (f.fields[5] as Record<string, unknown>).relevant = { expression: '. > 1' };
      }),
    ).toEqual([
      'fields.3.constraint: ${temperatur} names no question of this form at character 5',
      'fields.5.relevant.expression: . stands for a question’s own answer: only a constraint has one',
      'groups.0.relevant.expression: Unknown function counted() at character 1',
    ]);
  });

  it('refuses an expression that a condition tree holds, naming the tree', () => {
    expect(
      pathsOf((f) => ((f.fields[5] as Record<string, unknown>).relevant = { expression: "${referral} = 'x'" })),
    ).toEqual(['fields.5.relevant.expression: write this condition as {"field":"referral","equals":"x"}']);
  });

  it('refuses groups that are unknown, loop, hold nothing or are not consecutive', () => {
    expect(
      pathsOf((f) => {
        (f.fields[1] as Record<string, unknown>).group = 'checks';
        (f.fields[0] as Record<string, unknown>).group = 'triage';
        f.groups.push({ name: 'empty', label: en('Empty') });
      }),
    ).toEqual([
      'fields.0.group: triage names no group of this form',
      'fields.3.group: the questions of group checks are not consecutive',
      'groups.2: group empty holds no question',
    ]);
    expect(pathsOf((f) => ((f.groups[0] as Record<string, unknown>).group = 'follow_up'))).toEqual([
      'groups.0.group: checks is inside itself',
      'groups.1.group: follow_up is inside itself',
      'groups.1: groups are listed in the order of their begin_group rows: follow_up comes before checks',
    ]);
  });

  it('refuses a default the question would not accept, and answers for a note', () => {
    expect(
      pathsOf((f) => {
        (f.fields[3] as Record<string, unknown>).default = 50;
        (f.fields[1] as Record<string, unknown>).required = false;
        (f.fields[1] as Record<string, unknown>).hxl = '#note';
      }),
    ).toEqual([
      'fields.1.required: a note has no answer, so no required',
      'fields.1.hxl: a note has no answer, so no hxl',
      'fields.3.default: not an answer this decimal question accepts',
    ]);
  });
});
