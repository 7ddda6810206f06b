import type { Clock } from '../../../shared/forms/condition.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';
import { isRelevant } from '../../../shared/forms/validate.ts';
import type { FormLayout } from './form-layout.ts';
import type { FormValue, FormValues } from './form-value.ts';
import { defaultValue, emptyValue, isFilled, toCandidate } from './form-values.ts';

/**
 * The questions the person is asked, in the form's order: not fixed by the layout, and relevant as the
 * validator judges it (the groups' relevance and the question's own, expressions read with `clock`).
 */
export function askedFields(
  form: FormDefinition,
  layout: FormLayout,
  values: FormValues,
  clock: Clock,
): FieldDefinition[] {
  const data = toCandidate(form, layout, values);
  return form.fields.filter((f) => !(f.name in layout.fixed) && isRelevant(form, f, data, clock));
}

/**
 * Clears every answer whose question stopped being relevant (consent turned to No: the whole
 * interview goes), and gives a question that has just become relevant its default when it is empty.
 * Either can change what else is relevant, so it repeats until nothing changes. `previous` is null for
 * a new record: every question asked then is new.
 */
export function applyRelevance(
  form: FormDefinition,
  layout: FormLayout,
  previous: FormValues | null,
  values: FormValues,
  clock: Clock,
): FormValues {
  const askedBefore = new Set(previous ? askedFields(form, layout, previous, clock).map((f) => f.name) : []);
  let current = values;
  for (let round = 0; round <= form.fields.length; round += 1) {
    const asked = new Set(askedFields(form, layout, current, clock).map((f) => f.name));
    const changes: Record<string, FormValue> = {};
    for (const field of form.fields) {
      if (field.name in layout.fixed) continue;
      const value = current[field.name];
      const starting = defaultValue(field);
      if (!asked.has(field.name)) {
        if (isFilled(value)) changes[field.name] = emptyValue(field);
      } else if (!askedBefore.has(field.name) && starting !== undefined && !isFilled(value)) {
        changes[field.name] = starting;
      }
    }
    if (Object.keys(changes).length === 0) return current;
    current = { ...current, ...changes };
  }
  return current;
}
