import type { FormDefinition } from '../../../shared/forms/types.ts';

/**
 * A record's answers in its own form version's field order, as a person reads the form, then any
 * others: the database keeps them in canonical order, sorted by name (decision 0012).
 */
export function inFormOrder(
  form: FormDefinition | undefined,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (!form) return { ...data };
  const ordered: Record<string, unknown> = {};
  for (const { name } of form.fields) if (Object.hasOwn(data, name)) ordered[name] = data[name];
  for (const [name, value] of Object.entries(data)) if (!Object.hasOwn(ordered, name)) ordered[name] = value;
  return ordered;
}
