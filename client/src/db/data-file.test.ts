import { describe, expect, it } from 'vitest';
import { freshDatabase, makeDraft, queueRecords } from '../../test/support/fixtures.ts';
import { loadUnsentFile, saveUnsentFile } from './data-file.ts';
import { NEXT_SEQ_KEY } from './database.ts';
import { createDraft } from './records.ts';

async function tabletWithUnsent() {
  const db = freshDatabase();
  const [first, second] = await queueRecords(db, 3);
  await db.records.update(first ?? '', { state: 'sent' });
  await db.outbox.delete(first ?? '');
  await db.records.update(second ?? '', {
    state: 'rejected',
    errors: [{ code: 'grid-empty', path: 'data.males_0_4', message: '' }],
  });
  await db.outbox.delete(second ?? '');
  await createDraft(db, makeDraft({ data: { notes: 'half typed' } }));
  return db;
}

describe('the unsent data file', () => {
  it('holds every record the server does not have, and none it has', async () => {
    const file = JSON.parse(await saveUnsentFile(await tabletWithUnsent(), 'device-1')) as {
      payload: { records: { state: string }[] };
    };
    expect(file.payload.records.map((r) => r.state).sort()).toEqual(['draft', 'rejected', 'waiting']);
  });

  it('loads into an empty tablet: records come back and the waiting one is queued with its seq', async () => {
    const text = await saveUnsentFile(await tabletWithUnsent(), 'device-1');
    const db = freshDatabase();
    expect(await loadUnsentFile(db, text)).toEqual({ ok: true, added: 3, skipped: 0 });
    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([3]);
    expect((await db.meta.get(NEXT_SEQ_KEY))?.value).toBe(4);
  });

  it('skips records already on the tablet, so loading twice adds nothing', async () => {
    const text = await saveUnsentFile(await tabletWithUnsent(), 'device-1');
    const db = freshDatabase();
    await loadUnsentFile(db, text);
    expect(await loadUnsentFile(db, text)).toEqual({ ok: true, added: 0, skipped: 3 });
    expect(await db.records.count()).toBe(3);
  });

  it('gives a waiting record a new seq when this tablet already used its own', async () => {
    const text = await saveUnsentFile(await tabletWithUnsent(), 'device-1');
    const db = freshDatabase();
    await queueRecords(db, 4);
    await loadUnsentFile(db, text);
    expect((await db.outbox.orderBy('seq').toArray()).map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a file whose content no longer matches its checksum, and stores nothing', async () => {
    const text = (await saveUnsentFile(await tabletWithUnsent(), 'device-1')).replace('half typed', 'changed');
    const db = freshDatabase();
    expect(await loadUnsentFile(db, text)).toEqual({ ok: false, problem: 'checksum-mismatch' });
    expect(await db.records.count()).toBe(0);
  });

  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['some other JSON', '{"a":1}', 'wrong-format'],
  ])('refuses %s', async (_what, text, problem) => {
    expect(await loadUnsentFile(freshDatabase(), text)).toEqual({ ok: false, problem });
  });
});
