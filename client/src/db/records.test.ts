import { describe, expect, it } from 'vitest';
import { freshDatabase, makeDraft, makeFmrData } from '../test/fixtures.ts';
import { createDraft, finalizeRecord, newDraft, saveDraft } from './records.ts';

describe('finalizeRecord', () => {
  it('assigns seq 1, 2, 3 in order and queues each record in the outbox', async () => {
    const db = freshDatabase();
    const seqs: (number | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const draft = await createDraft(db, makeDraft());
      const result = await finalizeRecord(db, draft.id, makeFmrData());
      seqs.push(result.ok ? result.record.seq : null);
    }
    expect(seqs).toEqual([1, 2, 3]);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => row.seq)).toEqual([1, 2, 3]);
  });

  it('marks the record waiting with its validated data and finalisation time', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData({ notes: 'rain' }), new Date('2024-05-01T08:00:00Z'));
    const stored = await db.records.get(draft.id);
    expect(stored).toMatchObject({ state: 'waiting', seq: 1, finalizedAt: '2024-05-01T08:00:00.000Z' });
    expect(stored?.data['notes']).toBe('rain');
  });

  it('does not finalise an invalid record, spend a seq or touch the outbox', async () => {
    const db = freshDatabase();
    const bad = await createDraft(db, makeDraft());
    const result = await finalizeRecord(db, bad.id, makeFmrData({ males_5_17: 0, males_18_59: 0, females_0_4: 0, females_18_59: 0 }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await db.records.get(bad.id))?.state).toBe('draft');
    expect(await db.outbox.count()).toBe(0);

    const good = await createDraft(db, makeDraft());
    const next = await finalizeRecord(db, good.id, makeFmrData());
    expect(next.ok && next.record.seq).toBe(1);
  });

  it('rolls back the seq when the outbox row cannot be written', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await db.outbox.add({ id: 'squatter', seq: 1, queuedAt: '2024-05-01T08:00:00Z' });
    await expect(finalizeRecord(db, draft.id, makeFmrData())).rejects.toThrow();
    expect((await db.records.get(draft.id))?.state).toBe('draft');
    expect(await db.meta.get('nextSeq')).toBeUndefined();
  });

  it('refuses a record without an enumerator name', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft({ enumerator: '  ' }));
    expect(await finalizeRecord(db, draft.id, makeFmrData())).toEqual({ ok: false, reason: 'no-enumerator' });
  });

  it('refuses to finalise a record twice', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData());
    expect(await finalizeRecord(db, draft.id, makeFmrData())).toEqual({ ok: false, reason: 'not-draft' });
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
    expect(await db.records.get(draft.id)).toMatchObject({ state: 'draft', seq: null, data: { notes: 'first keystroke' } });
  });

  it('never overwrites a finalised record', async () => {
    const db = freshDatabase();
    const draft = await createDraft(db, makeDraft());
    await finalizeRecord(db, draft.id, makeFmrData({ notes: 'final' }));
    expect(await saveDraft(db, draft, { notes: 'late keystroke' })).toBe(false);
    expect((await db.records.get(draft.id))?.data['notes']).toBe('final');
  });
});
