import type { SqlRunner } from '../db/sql.ts';
import type { FormLookup } from '../../../shared/forms/registry.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { storedDefinitions } from './form-versions-store.ts';

/** Finds the version a record names, as `findForm` does for the built-in definitions. */
export type FormCatalog = (id: string, version: number) => FormLookup;

function catalogOf(definitions: readonly FormDefinition[]): FormCatalog {
  const byKey = new Map(definitions.map((d) => [`${d.id}\u0000${d.version}`, d]));
  const ids = new Set(definitions.map((d) => d.id));
  return (id, version) => {
    const form = byKey.get(`${id}\u0000${version}`);
    if (form) return { ok: true, form };
    return { ok: false, code: ids.has(id) ? 'unknown-form-version' : 'unknown-form' };
  };
}

/**
 * Every published version, retired ones included: a record is judged by its own version. Read
 * inside the caller's transaction, never kept by the process, so every server process sharing the
 * database judges by the same versions as soon as one is published.
 */
export async function publishedForms(db: SqlRunner): Promise<FormCatalog> {
  return catalogOf(await storedDefinitions(db, { retired: true }));
}
