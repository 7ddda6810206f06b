import type { SqlRunner } from '../db/sql.ts';
import type { FormLookup } from '../../../shared/forms/registry.ts';
import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { Deployment } from '../../../shared/deployment.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { storedDefinition, storedVersionKeys } from './form-versions-store.ts';

/** Finds the version a record names, as `findForm` does for the built-in definitions. */
export type FormCatalog = (id: string, version: number) => FormLookup;

const keyOf = (id: string, version: number) => `${id}\u0000${version}`;

/*
 * Definitions already read, per database: a stored version never changes (decision 0084), so only
 * which versions exist has to be read again, a few short rows instead of every definition's text.
 */
const readBefore = new WeakMap<object, Map<string, FormDefinition>>();

/**
 * Every published version, retired ones included: a record is judged by its own version. Which
 * versions exist is read inside the caller's transaction, never kept by the process, so every server
 * process sharing the database judges by the same versions as soon as one is published. `database`
 * owns the definitions kept between calls (the `Sql` a transaction runs on); without it nothing is kept.
 * Each is judged as the deployment shows it (`{country}` filled): the one given, read in the same
 * transaction, or read here.
 */
export async function publishedForms(
  tx: SqlRunner,
  database: object = tx,
  deployment?: Deployment,
): Promise<FormCatalog> {
  const known = readBefore.get(database) ?? new Map<string, FormDefinition>();
  readBefore.set(database, known);
  const keys = await storedVersionKeys(tx);
  const shownAs = deployment ?? (await readDeployment(tx));
  const forms = new Map<string, FormDefinition>();
  for (const { formId, version } of keys) {
    const key = keyOf(formId, version);
    const definition = known.get(key) ?? (await storedDefinition(tx, formId, version));
    if (!definition) throw new Error(`form ${formId} version ${version} vanished within a transaction`);
    known.set(key, definition);
    forms.set(key, forDeployment(definition, shownAs));
  }
  const ids = new Set(keys.map((k) => k.formId));
  return (id, version) => {
    const form = forms.get(keyOf(id, version));
    if (form) return { ok: true, form };
    return { ok: false, code: ids.has(id) ? 'unknown-form-version' : 'unknown-form' };
  };
}
