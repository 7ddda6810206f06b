import { conditionFields } from '../../../shared/forms/condition.ts';
import { checkFields } from '../../../shared/forms/rules.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { Issue } from '../../../shared/forms/validate.ts';

/**
 * The issues a change cannot have fixed: an issue goes once its own field changes or, for a rule,
 * once any field the rule reads changes (grid-empty goes when any cell of the grid changes).
 */
export function issuesUntouchedBy(form: FormDefinition, issues: readonly Issue[], changed: readonly string[]): Issue[] {
  const touched = new Set(changed);
  return issues.filter((issue) => {
    if (touched.has(issue.field)) return false;
    const rule = form.rules.find((r) => r.code === issue.code);
    if (!rule) return true;
    return ![...checkFields(rule.check), ...conditionFields(rule.when)].some((field) => touched.has(field));
  });
}
