import type { FormLookup } from '../../../shared/forms/registry.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { StoredForm } from '../db/database.ts';
import { shownForm } from './known-forms.ts';

/** The form versions this tablet holds: any of them opens a record made on it; new records take the newest offered. */
export interface TabletForms {
  find(id: string, version: number): FormLookup;
  /** The newest version of the form in the last `/config`; undefined when the server offers none. */
  newest(id: string): FormDefinition | undefined;
}

/** The definitions are shown for the deployment once here, not at each lookup: a list of records looks up each row's. */
export function tabletForms(rows: readonly StoredForm[]): TabletForms {
  const stored = rows.map((row) => ({ ...row, definition: shownForm(row.definition) }));
  return {
    find(id, version) {
      const versions = stored.filter((row) => row.id === id);
      if (versions.length === 0) return { ok: false, code: 'unknown-form' };
      const row = versions.find((r) => r.version === version);
      return row ? { ok: true, form: row.definition } : { ok: false, code: 'unknown-form-version' };
    },
    newest(id) {
      const offered = stored.filter((row) => row.id === id && row.offered);
      return offered.sort((a, b) => b.version - a.version)[0]?.definition;
    },
  };
}
