import { findForm } from '../../../shared/forms/registry.ts';

/**
 * A record's answers in its form's field order, as a person reads the form, then any others: the
 * database keeps them in canonical order, sorted by name (decision 0012).
 */
export function inFormOrder(
  form: string,
  version: number,
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const found = findForm(form, version);
  if (!found.ok) return { ...data };
  const ordered: Record<string, unknown> = {};
  for (const { name } of found.form.fields) if (Object.hasOwn(data, name)) ordered[name] = data[name];
  for (const [name, value] of Object.entries(data)) if (!Object.hasOwn(ordered, name)) ordered[name] = value;
  return ordered;
}
