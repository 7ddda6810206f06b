import { describe, expect, it } from 'vitest';
import { makeDraft, freshDatabase } from '../../test/support/fixtures.ts';
import { createDraft } from './records.ts';
import { todayCounts } from './today-counts.ts';

describe('todayCounts', () => {
  it('counts today’s finished records, everything waiting, and today’s sent ones, but no drafts', async () => {
    const db = freshDatabase();
    const now = new Date(2026, 10, 20, 15, 0);
    const at = (hour: number, day = 20) => new Date(2026, 10, day, hour);
    const put = async (state: 'draft' | 'waiting' | 'sent', when: Date, seq: number) => {
      const record = await createDraft(db, makeDraft(), when);
      await db.records.update(record.id, { state, seq });
      if (state === 'waiting') await db.outbox.add({ id: record.id, seq, queuedAt: when.toISOString() });
    };
    await put('draft', at(9), 0);
    await put('waiting', at(10), 1);
    await put('sent', at(11), 2);
    await put('sent', at(11, 19), 3);
    await put('waiting', at(8, 19), 4);
    expect(await todayCounts(db, now)).toEqual({ captured: 2, waiting: 2, sent: 1 });
  });
});
