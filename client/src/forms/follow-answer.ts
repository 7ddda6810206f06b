import type { FormLayout } from './form-layout.ts';
import type { FormValue, FormValues } from './form-value.ts';

/** The fields whose starting values follow an answer, e.g. the countries that follow the direction. */
export function followingFields(layout: FormLayout): Set<string> {
  return new Set(Object.values(layout.follow?.values ?? {}).flatMap((values) => Object.keys(values)));
}

function startingValues(layout: FormLayout, values: FormValues): Readonly<Record<string, FormValue>> {
  const answer = layout.follow ? values[layout.follow.field] : undefined;
  return (typeof answer === 'string' ? layout.follow?.values[answer] : undefined) ?? layout.defaults;
}

/** When `changed` is the answer followed, the fields the person has not chosen take the values that fit it. */
export function followAnswer(
  layout: FormLayout,
  values: FormValues,
  changed: string,
  chosen: ReadonlySet<string>,
): FormValues {
  if (!layout.follow || changed !== layout.follow.field) return values;
  const fitting = startingValues(layout, values);
  const next: Record<string, FormValue> = { ...values };
  for (const field of followingFields(layout)) {
    const value = fitting[field];
    if (!chosen.has(field) && value !== undefined) next[field] = value;
  }
  return next;
}

/** In a reopened draft, a following field that differs from what its answer would give was the person's choice. */
export function chosenInDraft(layout: FormLayout, values: FormValues): Set<string> {
  const fitting = startingValues(layout, values);
  return new Set([...followingFields(layout)].filter((field) => values[field] !== fitting[field]));
}
