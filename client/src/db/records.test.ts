import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW as NOW, freshDatabase, makeDraft, makeFmrData } from '../../test/support/fixtures.ts';
import { createDraft, deleteDraft, finalizeRecord, newDraft, saveDraft } from './records.ts';
import { showFormsFor } from '../forms/known-forms.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

const NOBODY = { males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0, pregnant_lactating: 0 };

describe('finalizeRecord', () => {
  it('assigns seq 1, 2, 3 in order and queues each record in the outbox', async () => {
    const db = freshDatabase();
    const seqs: (number | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const draft = await createDraft(db, makeDraft());
      const result = await finalizeRecord(db, draft.id, makeFmrData(), NOW);
      seqs.push(result.ok ? result.record.seq : null);
    }
    expect(seqs).toEqual([1, 2, 3]);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => row.seq)).toEqual([1, 2, 3]);
  });

  it('marks the record waiting with its validated data, finalisation time and no warnings', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData({ notes: 'rain' }), NOW);
    const stored = await db.records.get(draft.id);
    expect(stored).toMatchObject({ state: 'waiting', seq: 1, finalizedAt: NOW.toISOString(), warnings: [] });
    expect(stored?.data['notes']).toBe('rain');
  });

  it('does not finalise an invalid record, spend a seq or touch the outbox', async () => {
    const db = freshDatabase();
    const bad = await createDraft(db, makeDraft());
    const result = await finalizeRecord(db, bad.id, makeFmrData(NOBODY), NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await db.records.get(bad.id))?.state).toBe('draft');
    expect(await db.outbox.count()).toBe(0);

    const good = await createDraft(db, makeDraft());
    const next = await finalizeRecord(db, good.id, makeFmrData(), NOW);
    expect(next.ok && next.record.seq).toBe(1);
  });

  it('returns the shared issue codes: grid-empty at the grid, required for an unanswered direction', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    const candidate: Record<string, unknown> = { ...makeFmrData(NOBODY), direction: null };
    const result = await finalizeRecord(db, draft.id, candidate, NOW);
    if (result.ok || result.reason !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(result.issues.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'required', field: 'direction' },
      { code: 'grid-empty', field: 'males_0_4' },
    ]);
  });

  it('stores the warnings of a record it finalises, judged by the deployment the tablet has', async () => {
    showFormsFor(UGANDA);
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    const data = makeFmrData({
      direction: 'incoming',
      destination_country: 'KEN',
      destination_admin1: null,
      destination_admin2: null,
    });
    const result = await finalizeRecord(db, draft.id, data, NOW);
    expect(result.ok).toBe(true);
    const stored = await db.records.get(draft.id);
    expect(stored?.warnings?.map((w) => [w.code, w.field, w.severity])).toEqual([
      ['incoming-destination-elsewhere', 'destination_country', 'warning'],
    ]);
  });

  it('leaves the country warnings to the server while the tablet knows no deployment', async () => {
    showFormsFor(null);
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    const data = makeFmrData({ destination_country: 'KEN', destination_admin1: null, destination_admin2: null });
    expect(await finalizeRecord(db, draft.id, data, NOW)).toMatchObject({ ok: true, record: { warnings: [] } });
  });

  it('refuses a record of a form version it does not know', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft({ formVersion: 99 }));
    expect(await finalizeRecord(db, draft.id, makeFmrData(), NOW)).toEqual({
      ok: false,
      reason: 'unknown-form-version',
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls back the seq when the outbox row cannot be written', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await db.outbox.add({ id: 'squatter', seq: 1, queuedAt: '2024-05-01T08:00:00Z' });
    await expect(finalizeRecord(db, draft.id, makeFmrData(), NOW)).rejects.toThrow();
    expect((await db.records.get(draft.id))?.state).toBe('draft');
    expect(await db.meta.get('nextSeq')).toBeUndefined();
  });

  it('refuses a record without an enumerator name', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft({ enumerator: '  ' }));
    expect(await finalizeRecord(db, draft.id, makeFmrData(), NOW)).toEqual({ ok: false, reason: 'no-enumerator' });
  });

  it('refuses to finalise a record twice', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData(), NOW);
    expect(await finalizeRecord(db, draft.id, makeFmrData(), NOW)).toEqual({ ok: false, reason: 'not-draft' });
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('saveDraft', () => {
  it('saves the data of a draft without touching the outbox or spending a seq', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    expect(await saveDraft(db, draft, { notes: 'typing' })).toBe(true);
    const stored = await db.records.get(draft.id);
    expect(stored).toMatchObject({ state: 'draft', seq: null, data: { notes: 'typing' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });

  it('creates the draft when its first write has not landed yet', async () => {
    const db = freshDatabase();
    const draft = newDraft(makeDraft());
    expect(await saveDraft(db, draft, { notes: 'first keystroke' })).toBe(true);
    expect(await db.records.get(draft.id)).toMatchObject({
      state: 'draft',
      seq: null,
      data: { notes: 'first keystroke' },
    });
  });

  it('never overwrites a finalised record', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData({ notes: 'final' }), NOW);
    expect(await saveDraft(db, draft, { notes: 'late keystroke' })).toBe(false);
    expect((await db.records.get(draft.id))?.data['notes']).toBe('final');
  });
});

describe('deleteDraft', () => {
  it('deletes a draft', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    expect(await deleteDraft(db, draft.id)).toBe(true);
    expect(await db.records.get(draft.id)).toBeUndefined();
  });

  it('never deletes a finished record', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData(), NOW);
    expect(await deleteDraft(db, draft.id)).toBe(false);
    expect(await db.records.get(draft.id)).toMatchObject({ state: 'waiting' });
  });
});
