import { isDeepStrictEqual } from 'node:util';
import type { FormChanges } from '../../../shared/form-versions.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';

const byKey = <T>(items: readonly T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

const choicesOf = (field: FieldDefinition) => ('choices' in field ? field.choices : []);

/** The properties of a kept question that differ; choices count as changed when a kept choice, or their order, does. */
function changedProperties(before: FieldDefinition, after: FieldDefinition): string[] {
  const old: Record<string, unknown> = { ...before };
  const now: Record<string, unknown> = { ...after };
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => key !== 'choices' && key !== 'name',
  );
  const properties = keys.filter((key) => !isDeepStrictEqual(old[key], now[key]));
  const afterValues = new Set(choicesOf(after).map((c) => c.value));
  const keptBefore = choicesOf(before).filter((c) => afterValues.has(c.value));
  const beforeValues = new Set(choicesOf(before).map((c) => c.value));
  const keptAfter = choicesOf(after).filter((c) => beforeValues.has(c.value));
  if (!isDeepStrictEqual(keptBefore, keptAfter)) properties.push('choices');
  return properties.sort();
}

/** What a new version changes from the one before it; every list empty when `before` is null. */
export function formChanges(before: FormDefinition | null, after: FormDefinition): FormChanges {
  const changes: FormChanges = {
    from: before?.version ?? null,
    questionsAdded: [],
    questionsRemoved: [],
    questionsChanged: [],
    choicesAdded: [],
    choicesRemoved: [],
    rulesAdded: [],
    rulesRemoved: [],
    rulesChanged: [],
  };
  if (!before) return changes;
  const oldFields = byKey(before.fields, (f) => f.name);
  const newFields = byKey(after.fields, (f) => f.name);
  changes.questionsAdded = after.fields.filter((f) => !oldFields.has(f.name)).map((f) => f.name);
  changes.questionsRemoved = before.fields.filter((f) => !newFields.has(f.name)).map((f) => f.name);
  for (const field of after.fields) {
    const old = oldFields.get(field.name);
    if (!old) continue;
    const properties = changedProperties(old, field);
    if (properties.length) changes.questionsChanged.push({ name: field.name, properties });
    const oldValues = new Set(choicesOf(old).map((c) => c.value));
    const newValues = new Set(choicesOf(field).map((c) => c.value));
    for (const c of choicesOf(field))
      if (!oldValues.has(c.value)) changes.choicesAdded.push({ question: field.name, value: c.value });
    for (const c of choicesOf(old))
      if (!newValues.has(c.value)) changes.choicesRemoved.push({ question: field.name, value: c.value });
  }
  const oldRules = byKey(before.rules, (r) => r.code);
  const newRules = byKey(after.rules, (r) => r.code);
  changes.rulesAdded = after.rules.filter((r) => !oldRules.has(r.code)).map((r) => r.code);
  changes.rulesRemoved = before.rules.filter((r) => !newRules.has(r.code)).map((r) => r.code);
  changes.rulesChanged = after.rules
    .filter((r) => oldRules.has(r.code) && !isDeepStrictEqual(oldRules.get(r.code), r))
    .map((r) => r.code);
  return changes;
}
