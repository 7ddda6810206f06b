import type { Text } from '../i18n.ts';

type Scalar = string | number | boolean;

/** Skip logic, as data: a form travels to devices in /config and is printed in docs/forms.md. */
export type Condition =
  | { field: string; equals: Scalar }
  | { field: string; oneOf: readonly Scalar[] }
  | { field: string; atLeast: number }
  | { field: string; includes: string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  /**
   * XLSForm expression text for what no tree above holds: `count-selected(${needs}) > 1`, `${age} < 5`.
   * Evaluated by shared/forms/expression/ with the record's clock and the deployment's time zone.
   */
  | { expression: string };

export interface Choice {
  value: string;
  label: Text;
}

interface FieldBase {
  name: string;
  label: Text;
  hint?: Text;
  /** Defaults to true: a relevant field must be answered; a condition makes it required only when it holds. */
  required?: boolean | Condition;
  /** Absent means always relevant; a value in a field that is not relevant is an error. */
  relevant?: Condition;
  /** The HXL hashtag and attributes of the field's export column: `#affected +f +adult`. */
  hxl?: string;
  /** The answer's own test, `.` standing for it: `. <= ${total}`. Judged once the answer has the right type. */
  constraint?: string;
  /** What the person is told when the constraint fails; a general message when absent. */
  constraintMessage?: Text;
  /** The answer a new record starts with. */
  default?: Scalar | readonly string[];
  /** The innermost group (of the form's `groups`) the question is in; a group's questions are consecutive. */
  group?: string;
}

export type FieldDefinition = FieldBase &
  (
    | { type: 'integer'; min: number; max: number }
    | { type: 'decimal'; min: number; max: number }
    | { type: 'select_one'; choices: readonly Choice[] }
    | { type: 'select_multiple'; choices: readonly Choice[] }
    | { type: 'text'; maxLength: number }
    | { type: 'datetime' }
    /** A calendar date, `2026-12-03`: a birth date, a day of arrival. */
    | { type: 'date' }
    /** Text shown among the questions, never answered. */
    | { type: 'note' }
    | { type: 'boolean' }
    | { type: 'fmp' }
    | { type: 'country' }
    | { type: 'admin1'; countryField: string }
    | { type: 'admin2'; admin1Field: string }
  );

export type Check =
  | { kind: 'sum-at-least'; fields: readonly string[]; min: number }
  | { kind: 'sum-at-most'; fields: readonly string[]; max: number }
  | { kind: 'sum-not-above'; fields: readonly string[]; limitFields: readonly string[] }
  | { kind: 'not-in-future'; field: string; toleranceMinutes: number }
  | { kind: 'not-older-than'; field: string; days: number }
  | { kind: 'after'; field: string; otherField: string }
  | { kind: 'equals'; field: string; value: Scalar }
  | { kind: 'at-least'; field: string; min: number };

export type Severity = 'error' | 'warning';

/** A cross-field rule: an error blocks finalising and is rejected by the server; a warning is a quality flag. */
export interface Rule {
  code: string;
  severity: Severity;
  when?: Condition;
  check: Check;
  message: Text;
}

/** XLSForm's begin_group … end_group: a heading over consecutive questions, and relevance they all share. */
export interface GroupDefinition {
  name: string;
  label: Text;
  relevant?: Condition;
  /** The group this one is inside. */
  group?: string;
}

export interface FormDefinition {
  id: string;
  version: number;
  title: Text;
  /** The datetime field that says when the observed thing happened: date filters and aggregates use it. */
  timeField: string;
  fields: readonly FieldDefinition[];
  /** Absent when the form has none; each group holds at least one question. */
  groups?: readonly GroupDefinition[];
  rules: readonly Rule[];
}
