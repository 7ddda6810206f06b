import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW as NOW, freshDatabase, makeDraft, screeningV2 } from '../../test/support/fixtures.ts';
import { BUILT_IN_FORMS } from './built-in-forms.ts';
import { FmpDatabase } from './database.ts';
import { findStoredForm, loadTabletForms, storeOfferedForms } from './forms.ts';
import { createDraft, finalizeRecord } from './records.ts';

const SCREENING_V1 = BUILT_IN_FORMS.find((form) => form.id === 'screening');
const OTHERS = BUILT_IN_FORMS.filter((form) => form.id !== 'screening');
const screeningData = (extra: Record<string, unknown> = {}) => ({
  fmp: 'GOLI',
  shift_start: '2026-11-20T08:00:00+03:00',
  shift: 'morning',
  screened: 3,
  adult_males: 1,
  adult_females: 1,
  children_under_5: 1,
  temperature_above_38: 0,
  isolated: 0,
  referred: 0,
  handed_over: 0,
  ...extra,
});

describe('the form versions on a tablet', () => {
  it('start as the built-in v1 of each form, so a tablet works before its first /config', async () => {
    const forms = await loadTabletForms(freshDatabase());
    expect(['fmr', 'fms', 'screening'].map((id) => forms.newest(id)?.version)).toEqual([1, 1, 1]);
    expect(forms.find('screening', 1)).toEqual({ ok: true, form: SCREENING_V1 });
  });

  it('are added to a tablet updated from the last schema, whose records stay as they were', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores({
      records: 'id, state, seq, createdAt, [state+createdAt], [state+finalizedAt]',
      outbox: 'id, &seq',
      meta: 'key',
      tallies: 'id, state',
    });
    const draft = { ...makeDraft({ form: 'screening' }), id: 'kept', state: 'draft', seq: null };
    await old.table('records').add(draft);
    old.close();

    const db = new FmpDatabase(name);
    expect(await db.records.get('kept')).toEqual(draft);
    expect((await db.forms.toArray()).map((row) => `${row.id}@${row.version}:${row.offered}`)).toEqual([
      'fmr@1:true',
      'fms@1:true',
      'screening@1:true',
    ]);
  });

  it('give new records the newest version /config offers and keep the others for their drafts', async () => {
    const db = freshDatabase();
    await storeOfferedForms(db, [...OTHERS, screeningV2()]);
    const forms = await loadTabletForms(db);
    expect(forms.newest('screening')?.version).toBe(2);
    expect(forms.find('screening', 1)).toEqual({ ok: true, form: SCREENING_V1 });
    expect(forms.find('screening', 3)).toEqual({ ok: false, code: 'unknown-form-version' });
    expect(forms.find('census', 1)).toEqual({ ok: false, code: 'unknown-form' });
  });

  it('offer no version of a form that /config no longer names', async () => {
    const db = freshDatabase();
    await storeOfferedForms(db, OTHERS);
    expect((await loadTabletForms(db)).newest('screening')).toBeUndefined();
    expect(await findStoredForm(db, 'screening', 1)).toEqual({ ok: true, form: SCREENING_V1 });
  });
});

describe('a draft started on a version that has since been retired', () => {
  it('is finished and sent on that version, without the question the next one adds', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft({ form: 'screening', formVersion: 1 }));
    await storeOfferedForms(db, [...OTHERS, screeningV2()]);
    await storeOfferedForms(db, [...OTHERS, { ...screeningV2(), version: 3 }]);

    const result = await finalizeRecord(db, draft.id, screeningData(), NOW);
    expect(result).toMatchObject({ ok: true, record: { formVersion: 1, state: 'waiting', seq: 1 } });
  });

  it('is judged by its own version: the next version’s question is unknown to it', async () => {
    const db = freshDatabase();
    await storeOfferedForms(db, [screeningV2()]);
    const onV1 = await createDraft(db, makeDraft({ form: 'screening', formVersion: 1 }));
    const onV2 = await createDraft(db, makeDraft({ form: 'screening', formVersion: 2 }));
    const withQuestion = screeningData({ contacts_traced: 4 });

    expect(await finalizeRecord(db, onV1.id, withQuestion, NOW)).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-field', field: 'contacts_traced' }],
    });
    expect(await finalizeRecord(db, onV2.id, withQuestion, NOW)).toMatchObject({ ok: true });
  });
});
