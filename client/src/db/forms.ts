import { Dexie } from 'dexie';
import type { FormLookup } from '../../../shared/forms/registry.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { tabletForms, type TabletForms } from '../forms/tablet-forms.ts';
import type { FmpDatabase } from './database.ts';
import { shownForm } from '../forms/known-forms.ts';

/**
 * Keeps the versions `/config` offers and marks every other one not offered; none is deleted, so a
 * draft started on a version the server has since retired is still finished and sent on it.
 */
export function storeOfferedForms(db: FmpDatabase, offered: readonly FormDefinition[]): Promise<void> {
  return db.transaction('rw', db.forms, async () => {
    const keys = new Set(offered.map((form) => `${form.id}@${form.version}`));
    const kept = await db.forms.toArray();
    const dropped = kept.filter((row) => !keys.has(`${row.id}@${row.version}`));
    await db.forms.bulkPut([
      ...dropped.map((row) => ({ ...row, offered: false })),
      ...offered.map((definition) => ({ id: definition.id, version: definition.version, definition, offered: true })),
    ]);
  });
}

/** One stored version, read alone: finalising a record reads its definition and not every other one. */
export async function findStoredForm(db: FmpDatabase, id: string, version: number): Promise<FormLookup> {
  const row = await db.forms.get([id, version]);
  if (row) return { ok: true, form: shownForm(row.definition) };
  const known = await db.forms.where('[id+version]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
  return { ok: false, code: known > 0 ? 'unknown-form-version' : 'unknown-form' };
}

export async function loadTabletForms(db: FmpDatabase): Promise<TabletForms> {
  return tabletForms(await db.forms.toArray());
}
