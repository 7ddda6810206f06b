import type { Deployment } from '../../../shared/deployment.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import * as registry from '../../../shared/forms/registry.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';

let deployment: Deployment | null = null;

/** Set from the stored `/config` at start and from each new one: the forms below follow it. */
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

function shown(form: FormDefinition): FormDefinition {
  return deployment ? forDeployment(form, deployment) : withoutCountryRules(forDeployment(form, UNKNOWN_COUNTRY));
}

/** As `registry.findForm`, with the deployment's country filled in. */
export function findForm(id: string, version: number): registry.FormLookup {
  const lookup = registry.findForm(id, version);
  return lookup.ok ? { ok: true, form: shown(lookup.form) } : lookup;
}

export function latestForm(id: string): FormDefinition | undefined {
  const form = registry.latestForm(id);
  return form && shown(form);
}
