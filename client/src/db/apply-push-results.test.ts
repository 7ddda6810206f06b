import { describe, expect, it } from 'vitest';
import { freshDatabase, queueRecords as queue } from '../../test/support/fixtures.ts';
import { applyPushResults } from './apply-push-results.ts';

describe('applyPushResults', () => {
  it.each([
    ['accepted', 'sent'],
    ['duplicate', 'sent'],
    ['rejected', 'rejected'],
    ['conflict', 'conflict'],
  ] as const)('turns a %s result into state %s and removes it from the outbox', async (status, state) => {
    const db = freshDatabase();
    const [id = ''] = await queue(db, 1);
    await applyPushResults(db, [{ id, status }]);
    expect((await db.records.get(id))?.state).toBe(state);
    expect(await db.outbox.get(id)).toBeUndefined();
  });

  it('keeps the errors of a rejected record', async () => {
    const db = freshDatabase();
    const [id = ''] = await queue(db, 1);
    const errors = [{ code: 'too-big', path: 'males_0_4', message: 'Too big' }];
    await applyPushResults(db, [{ id, status: 'rejected', errors }]);
    expect((await db.records.get(id))?.errors).toEqual(errors);
  });

  it('removes only the acknowledged ids and leaves the others queued and waiting', async () => {
    const db = freshDatabase();
    const [first = '', second = '', third = ''] = await queue(db, 3);
    const acknowledged = await applyPushResults(db, [
      { id: first, status: 'accepted' },
      { id: third, status: 'duplicate' },
    ]);
    expect(acknowledged).toBe(2);
    expect((await db.outbox.toArray()).map((row) => row.id)).toEqual([second]);
    expect((await db.records.get(second))?.state).toBe('waiting');
  });

  it('ignores ids it never queued and results without an id', async () => {
    const db = freshDatabase();
    const [id = ''] = await queue(db, 1);
    const acknowledged = await applyPushResults(db, [
      { id: crypto.randomUUID(), status: 'accepted' },
      { id: null, status: 'rejected' },
    ]);
    expect(acknowledged).toBe(0);
    expect(await db.outbox.get(id)).toBeDefined();
  });
});
