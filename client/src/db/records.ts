import { validateData, type Issue } from '../../../shared/forms/validate.ts';
import { findStoredForm } from './forms.ts';
import { NEXT_SEQ_KEY, type FmpDatabase, type LocalRecord } from './database.ts';
import { judgingClock } from '../forms/known-forms.ts';

export interface NewDraft {
  form: string;
  formVersion: number;
  enumerator: string;
  data: Record<string, unknown>;
}

export type FinalizeResult =
  | { ok: true; record: LocalRecord }
  | { ok: false; reason: 'not-found' | 'not-draft' | 'no-enumerator' | 'unknown-form' | 'unknown-form-version' }
  | { ok: false; reason: 'invalid'; issues: Issue[] };

export function newDraft(draft: NewDraft, now = new Date()): LocalRecord {
  return {
    ...draft,
    id: crypto.randomUUID(),
    seq: null,
    createdAt: now.toISOString(),
    finalizedAt: null,
    state: 'draft',
  };
}

export async function createDraft(db: FmpDatabase, draft: NewDraft, now = new Date()): Promise<LocalRecord> {
  const record = newDraft(draft, now);
  await db.records.add(record);
  return record;
}

/**
 * Stores the draft's data, creating the draft if it is not stored yet (a form opens before its
 * first write lands). Returns false once the record is finalised: finalised data is never overwritten.
 */
export function saveDraft(db: FmpDatabase, draft: LocalRecord, data: Record<string, unknown>): Promise<boolean> {
  return db.transaction('rw', db.records, async () => {
    const stored = await db.records.get(draft.id);
    if (!stored) {
      await db.records.add({ ...draft, state: 'draft', seq: null, finalizedAt: null, data });
      return true;
    }
    if (stored.state !== 'draft') return false;
    await db.records.update(draft.id, { data });
    return true;
  });
}

/**
 * Validation (the same validateData the server runs), the seq and the outbox row happen in one
 * transaction, so a record is never half-finalised. Warnings are kept with the record, never blocking.
 */
export function finalizeRecord(
  db: FmpDatabase,
  id: string,
  candidate: unknown,
  now = new Date(),
): Promise<FinalizeResult> {
  return db.transaction('rw', [db.records, db.outbox, db.meta, db.forms], async (): Promise<FinalizeResult> => {
    const record = await db.records.get(id);
    if (!record) return { ok: false, reason: 'not-found' };
    if (record.state !== 'draft') return { ok: false, reason: 'not-draft' };
    if (!record.enumerator.trim()) return { ok: false, reason: 'no-enumerator' };
    // The record's own version, kept on the tablet even after the server retired it.
    const lookup = await findStoredForm(db, record.form, record.formVersion);
    if (!lookup.ok) return { ok: false, reason: lookup.code };
    const { errors, warnings } = validateData(lookup.form, candidate, judgingClock(now));
    if (errors.length > 0 || !isRecord(candidate)) return { ok: false, reason: 'invalid', issues: errors };

    const seq = await takeNextSeq(db);
    const finalizedAt = now.toISOString();
    const finalized: LocalRecord = { ...record, data: candidate, warnings, seq, finalizedAt, state: 'waiting' };
    await db.records.put(finalized);
    await db.outbox.add({ id, seq, queuedAt: finalizedAt });
    return { ok: true, record: finalized };
  });
}

/** Only a draft can be deleted: a finished record belongs to the outbox until the server has it. */
export function deleteDraft(db: FmpDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.records, async () => {
    const stored = await db.records.get(id);
    if (stored?.state !== 'draft') return false;
    await db.records.delete(id);
    return true;
  });
}

async function takeNextSeq(db: FmpDatabase): Promise<number> {
  const seq = (await db.meta.get(NEXT_SEQ_KEY))?.value ?? 1;
  await db.meta.put({ key: NEXT_SEQ_KEY, value: seq + 1 });
  return seq;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
