import { evaluateCondition } from '../../../shared/forms/condition.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { FormLayout } from './form-layout.ts';
import type { FormValues } from './form-value.ts';
import { emptyValue, isFilled, toCandidate } from './form-values.ts';

/**
 * Clears every answer whose question stopped being relevant (consent turned to No: the whole
 * interview goes). Clearing one answer can make others irrelevant, so it repeats until nothing changes.
 */
export function applyRelevance(form: FormDefinition, layout: FormLayout, values: FormValues): FormValues {
  let current = values;
  for (let round = 0; round <= form.fields.length; round += 1) {
    const data = toCandidate(form, layout, current);
    const stale = form.fields.filter(
      (f) => !(f.name in layout.fixed) && isFilled(current[f.name]) && !evaluateCondition(f.relevant, data),
    );
    if (stale.length === 0) return current;
    current = { ...current, ...Object.fromEntries(stale.map((f) => [f.name, emptyValue(f)])) };
  }
  return current;
}

export function isRelevant(form: FormDefinition, layout: FormLayout, values: FormValues, name: string): boolean {
  const field = form.fields.find((f) => f.name === name);
  return field ? evaluateCondition(field.relevant, toCandidate(form, layout, values)) : false;
}
