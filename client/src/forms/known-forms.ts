import type { Deployment } from '../../../shared/deployment.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { Clock } from '../../../shared/forms/condition.ts';

let deployment: Deployment | null = null;

/** Set from the stored `/config` at start and from each new one: the forms the tablet shows follow it. */
export function showFormsFor(next: Deployment | null): void {
  deployment = next;
}

/*
 * Before a tablet's first `/config` (one enrolled by an older version, still offline) it knows no
 * country: a "…" stands for the name, and the rules comparing with the country wait for the server.
 */
const UNKNOWN_COUNTRY = { country: '…' };
const withoutCountryRules = (form: FormDefinition): FormDefinition => ({
  ...form,
  rules: form.rules.filter((r) => !(r.check.kind === 'equals' && r.check.value === UNKNOWN_COUNTRY.country)),
});

/**
 * A stored form as the deployment shows it: `{country}` filled. Versions from `/config` come filled
 * already; the built-in ones seeded before the first `/config` do not.
 */
export function shownForm(form: FormDefinition): FormDefinition {
  return deployment ? forDeployment(form, deployment) : withoutCountryRules(forDeployment(form, UNKNOWN_COUNTRY));
}

/**
 * The clock a record is judged with on this tablet: `today()` is a date in the deployment's zone, or
 * in the tablet's own before its first `/config` (the server judges the record again on arrival).
 */
export function judgingClock(now: Date): Clock {
  return { now, timeZone: deployment?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone };
}
