import { FMR_FORM_ID, FMR_FORM_VERSION } from '../../../shared/fmr.ts';
import { makeFmrData } from '../../../shared/test-fixtures.ts';

export { makeFmrData };
import { FmpDatabase } from '../db/database.ts';
import { createDraft, finalizeRecord, type NewDraft } from '../db/records.ts';

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
    await finalizeRecord(db, draft.id, makeFmrData());
    ids.push(draft.id);
  }
  return ids;
}
