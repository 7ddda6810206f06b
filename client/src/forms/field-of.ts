import { textIn, type Language } from '../../../shared/i18n.ts';
import type { Choice, FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';

/** Pages are written for the fields of a known form version, so a missing one is a bug, not a user error. */
export function fieldOf(form: FormDefinition, name: string): FieldDefinition {
  const field = form.fields.find((f) => f.name === name);
  if (!field) throw new Error(`form ${form.id} v${form.version} has no field ${name}`);
  return field;
}

export function choicesOf(field: FieldDefinition): readonly Choice[] {
  return field.type === 'select_one' || field.type === 'select_multiple' ? field.choices : [];
}

function choiceOf(form: FormDefinition, fieldName: string, value: unknown): Choice | undefined {
  const field = form.fields.find((f) => f.name === fieldName);
  return field ? choicesOf(field).find((c) => c.value === value) : undefined;
}

/** A choice's label in the language (English where it has none); undefined when the value is not a choice of the field. */
export function choiceLabel(
  form: FormDefinition,
  fieldName: string,
  value: unknown,
  language: Language,
): string | undefined {
  const choice = choiceOf(form, fieldName, value);
  return choice ? textIn(choice.label, language) : undefined;
}

export function isRuleIssue(form: FormDefinition, code: string): boolean {
  return form.rules.some((rule) => rule.code === code);
}
