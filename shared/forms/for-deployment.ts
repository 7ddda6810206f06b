import { countryNameIn } from '../code-lists/countries.ts';
import { COUNTRY_PLACEHOLDER, type Deployment } from '../deployment.ts';
import type { Text } from '../i18n.ts';
import type { Check, Condition, FieldDefinition, FormDefinition, GroupDefinition, Rule } from './types.ts';

type Country = Pick<Deployment, 'country'>;

function fillText(text: Text, deployment: Country): Text {
  if (!Object.values(text).some((s) => s?.includes(COUNTRY_PLACEHOLDER))) return text;
  const filled = Object.entries(text).map(([language, s]) => [
    language,
    (s ?? '').replaceAll(COUNTRY_PLACEHOLDER, countryNameIn(deployment.country, language)),
  ]);
  return Object.fromEntries(filled) as Text;
}

function fillValue<V>(value: V, deployment: Country): V {
  return (value === COUNTRY_PLACEHOLDER ? deployment.country : value) as V;
}

function fillCondition(c: Condition, deployment: Country): Condition {
  if ('all' in c) return { all: c.all.map((inner) => fillCondition(inner, deployment)) };
  if ('any' in c) return { any: c.any.map((inner) => fillCondition(inner, deployment)) };
  if ('not' in c) return { not: fillCondition(c.not, deployment) };
  if ('equals' in c) return { ...c, equals: fillValue(c.equals, deployment) };
  if ('oneOf' in c) return { ...c, oneOf: c.oneOf.map((v) => fillValue(v, deployment)) };
  return c;
}

const fillCheck = (check: Check, deployment: Country): Check =>
  check.kind === 'equals' ? { ...check, value: fillValue(check.value, deployment) } : check;

function fillField(field: FieldDefinition, deployment: Country): FieldDefinition {
  const filled = { ...field, label: fillText(field.label, deployment) };
  if (field.hint) filled.hint = fillText(field.hint, deployment);
  if (field.constraintMessage) filled.constraintMessage = fillText(field.constraintMessage, deployment);
  if (field.relevant) filled.relevant = fillCondition(field.relevant, deployment);
  if (typeof field.required === 'object') filled.required = fillCondition(field.required, deployment);
  if ('choices' in filled) filled.choices = filled.choices.map((c) => ({ ...c, label: fillText(c.label, deployment) }));
  return filled;
}

function fillGroup(group: GroupDefinition, deployment: Country): GroupDefinition {
  const filled = { ...group, label: fillText(group.label, deployment) };
  if (group.relevant) filled.relevant = fillCondition(group.relevant, deployment);
  return filled;
}

function fillRule(rule: Rule, deployment: Country): Rule {
  const filled = { ...rule, check: fillCheck(rule.check, deployment), message: fillText(rule.message, deployment) };
  if (rule.when) filled.when = fillCondition(rule.when, deployment);
  return filled;
}

const filledBefore = new WeakMap<FormDefinition, Map<string, FormDefinition>>();

/**
 * A definition as this deployment shows and judges it: `{country}` in a text becomes the country's
 * name in that text's language, and as a value its code. Kept per definition, so validation plans stay warm.
 */
export function forDeployment(form: FormDefinition, deployment: Country): FormDefinition {
  const known = filledBefore.get(form) ?? new Map<string, FormDefinition>();
  filledBefore.set(form, known);
  let filled = known.get(deployment.country);
  if (!filled) {
    filled = {
      ...form,
      title: fillText(form.title, deployment),
      fields: form.fields.map((f) => fillField(f, deployment)),
      ...(form.groups && { groups: form.groups.map((g) => fillGroup(g, deployment)) }),
      rules: form.rules.map((r) => fillRule(r, deployment)),
    };
    known.set(deployment.country, filled);
  }
  return filled;
}
