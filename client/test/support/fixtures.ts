import { FMR_FORM_ID, FMR_FORM_VERSION } from '../../../shared/fmr.ts';
import { makeFmrData } from '../../../shared/test/fixtures.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';
import { BUILT_IN_FORMS } from '../../src/db/built-in-forms.ts';
import { FmpDatabase } from '../../src/db/database.ts';
import { createDraft, finalizeRecord, type NewDraft } from '../../src/db/records.ts';

export { makeFmrData };

/** Shortly after makeFmrData's observed_at (2026-11-20T09:15+03:00), so no time rule fires. */
export const FIXTURE_NOW = new Date('2026-11-20T07:00:00Z');

export function makeDraft(overrides: Partial<NewDraft> = {}): NewDraft {
  return { form: FMR_FORM_ID, formVersion: FMR_FORM_VERSION, enumerator: 'Amina', data: {}, ...overrides };
}

/** A database of its own for each test, so tests never see each other's records. */
export function freshDatabase(): FmpDatabase {
  return new FmpDatabase(`test-${crypto.randomUUID()}`);
}

/** Finalises count valid records and returns their ids in seq order. */
export async function queueRecords(db: FmpDatabase, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const draft = await createDraft(db, makeDraft());
    const result = await finalizeRecord(db, draft.id, makeFmrData(), FIXTURE_NOW);
    if (!result.ok) throw new Error(`fixture record not finalised: ${JSON.stringify(result)}`);
    ids.push(draft.id);
  }
  return ids;
}

/** The built-in screening v1 with one more question, as an officer might publish it. */
export function screeningV2(): FormDefinition {
  const v1 = BUILT_IN_FORMS.find((form) => form.id === 'screening');
  if (!v1) throw new Error('no built-in screening form');
  const question: FieldDefinition = {
    name: 'contacts_traced',
    type: 'integer',
    min: 0,
    max: 9999,
    label: { en: 'Contacts traced', fr: 'Contacts retracés', sw: 'Watu waliofuatiliwa' },
  };
  return { ...v1, version: 2, fields: [...v1.fields, question] };
}
