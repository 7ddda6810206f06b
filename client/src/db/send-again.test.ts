import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { RecordStatus } from '../../../shared/push.ts';
import { toPushRecord } from '../sync/push-body.ts';
import { freshDatabase, makeDraft, makeFmrData } from '../../test/support/fixtures.ts';
import { applyPushResults } from './apply-push-results.ts';
import { FmpDatabase } from './database.ts';
import { createDraft, finalizeRecord } from './records.ts';
import { countSentSince, dayValueBefore, sendAgainSince, startOfDayValue } from './send-again.ts';

const SINCE = new Date('2026-11-15T00:00:00Z');
const LATER = new Date('2026-11-21T12:00:00Z');

/** A record finalised at `at` and, unless still waiting, answered by the server with `status`. */
async function finalised(db: FmpDatabase, at: string, status?: RecordStatus): Promise<string> {
  const when = new Date(at);
  const draft = await createDraft(db, makeDraft());
  const data = makeFmrData({ observed_at: new Date(when.getTime() - 3_600_000).toISOString(), notes: at });
  const result = await finalizeRecord(db, draft.id, data, when);
  if (!result.ok) throw new Error(`fixture record not finalised: ${JSON.stringify(result)}`);
  if (status) await applyPushResults(db, [{ id: draft.id, status }], when);
  return draft.id;
}

async function tabletAfterDays() {
  const db = freshDatabase();
  const ids = {
    sentBefore: await finalised(db, '2026-11-10T08:00:00Z', 'accepted'),
    sentAtSince: await finalised(db, '2026-11-15T00:00:00Z', 'accepted'),
    sentAfter: await finalised(db, '2026-11-18T08:00:00Z', 'duplicate'),
    rejected: await finalised(db, '2026-11-18T09:00:00Z', 'rejected'),
    conflict: await finalised(db, '2026-11-18T10:00:00Z', 'conflict'),
    waiting: await finalised(db, '2026-11-19T08:00:00Z'),
    draft: (await createDraft(db, makeDraft({ data: { notes: 'half typed' } }))).id,
  };
  return { db, ids };
}

describe('sending again what the server may have lost', () => {
  it('queues only the sent records finalised since the date, the first moment of it included', async () => {
    const { db, ids } = await tabletAfterDays();
    expect(await countSentSince(db, SINCE)).toBe(2);
    expect(await sendAgainSince(db, SINCE, LATER)).toBe(2);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => row.id)).toEqual([ids.sentAtSince, ids.sentAfter, ids.waiting]);
    const states = Object.fromEntries(
      await Promise.all(Object.entries(ids).map(async ([name, id]) => [name, (await db.records.get(id))?.state])),
    );
    expect(states).toEqual({
      sentBefore: 'sent',
      sentAtSince: 'waiting',
      sentAfter: 'waiting',
      rejected: 'rejected',
      conflict: 'conflict',
      waiting: 'waiting',
      draft: 'draft',
    });
  });

  it('keeps id, seq and every pushed field exactly, so the server can answer duplicate', async () => {
    const { db, ids } = await tabletAfterDays();
    const before = await db.records.toArray();
    await sendAgainSince(db, SINCE, LATER);
    const after = await db.records.toArray();
    expect(after.map(toPushRecord)).toEqual(before.map(toPushRecord));
    expect(after.map(({ state: _state, ...rest }) => rest)).toEqual(before.map(({ state: _state, ...rest }) => rest));
    const row = await db.outbox.get(ids.sentAfter);
    expect(row).toEqual({
      id: ids.sentAfter,
      seq: (await db.records.get(ids.sentAfter))?.seq,
      queuedAt: LATER.toISOString(),
    });
  });

  it('does nothing more when pressed twice: each record once in the outbox, none added on the tablet', async () => {
    const { db } = await tabletAfterDays();
    await sendAgainSince(db, SINCE, LATER);
    const outbox = await db.outbox.toArray();
    expect(await sendAgainSince(db, SINCE, LATER)).toBe(0);
    expect(await db.outbox.toArray()).toEqual(outbox);
    expect(await db.records.count()).toBe(7);
  });

  it('leaves the records sent again, and the outbox as before, once the server answers', async () => {
    const { db, ids } = await tabletAfterDays();
    await sendAgainSince(db, SINCE, LATER);
    await applyPushResults(
      db,
      [
        { id: ids.sentAtSince, status: 'duplicate' },
        { id: ids.sentAfter, status: 'accepted' },
      ],
      LATER,
    );
    expect((await db.outbox.toArray()).map((row) => row.id)).toEqual([ids.waiting]);
    expect((await db.records.get(ids.sentAtSince))?.state).toBe('sent');
    expect((await db.records.get(ids.sentAfter))?.state).toBe('sent');
    expect(await countSentSince(db, SINCE)).toBe(2);
  });

  it('finds nothing to send again after the last record', async () => {
    const { db } = await tabletAfterDays();
    expect(await sendAgainSince(db, LATER, LATER)).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('a tablet that had the app before send again existed', () => {
  it('finds its sent records by finalisation time once the database is upgraded', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      records: 'id, state, seq, createdAt, [state+createdAt]',
      outbox: 'id, &seq',
      meta: 'key',
      tallies: 'id, state',
    });
    const record = {
      id: 'kept',
      seq: 1,
      form: 'fmr',
      formVersion: 1,
      createdAt: '2026-11-18T07:00:00.000Z',
      finalizedAt: '2026-11-18T08:00:00.000Z',
      enumerator: 'Amina',
      data: {},
      state: 'sent',
    };
    await old.table('records').add(record);
    old.close();

    const db = new FmpDatabase(name);
    expect(await sendAgainSince(db, SINCE, LATER)).toBe(1);
    expect(await db.outbox.toArray()).toEqual([{ id: 'kept', seq: 1, queuedAt: LATER.toISOString() }]);
  });
});

describe('the date chosen', () => {
  it('starts at midnight of that day on the tablet', () => {
    expect(startOfDayValue('2026-11-15')).toEqual(new Date(2026, 10, 15));
  });

  it.each(['', '15/11/2026', '2026-02-30', '2026-13-01'])('is refused when it reads %j', (value) => {
    expect(startOfDayValue(value)).toBeNull();
  });

  it('defaults to a day a number of days back, in the tablet’s calendar', () => {
    expect(dayValueBefore(new Date(2026, 2, 3, 10), 7)).toBe('2026-02-24');
    expect(startOfDayValue(dayValueBefore(new Date(2026, 2, 3, 10), 7))).toEqual(new Date(2026, 1, 24));
  });
});
