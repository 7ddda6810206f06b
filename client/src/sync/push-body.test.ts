import { describe, expect, it } from 'vitest';
import { PushRecord, PushRequest } from '../../../shared/push.ts';
import type { LocalRecord } from '../db/database.ts';
import { makeFmrData } from '../../test/support/fixtures.ts';
import { buildPushBody } from './push-body.ts';

function makeRecord(overrides: Partial<LocalRecord> = {}): LocalRecord {
  return {
    id: crypto.randomUUID(),
    seq: 1,
    form: 'fmr',
    formVersion: 1,
    createdAt: '2024-05-01T07:55:00.000Z',
    finalizedAt: '2024-05-01T08:00:00.000Z',
    enumerator: 'Amina',
    data: makeFmrData(),
    state: 'waiting',
    ...overrides,
  };
}

describe('buildPushBody', () => {
  const record = makeRecord({ errors: [], sentAt: 'never sent' });
  const body = buildPushBody({
    deviceId: 'device-1',
    records: [record],
    pending: 3,
    oldestQueued: { id: record.id, seq: 1, queuedAt: '2024-05-01T08:00:00.000Z' },
    appVersion: '0.1.0',
    storagePersisted: true,
  });

  it('produces a body the server parses as a PushRequest', () => {
    expect(PushRequest.safeParse(body).success).toBe(true);
  });

  it('sends each record with exactly the PushRecord fields and no local state', () => {
    const [sent] = body.records;
    expect(PushRecord.safeParse(sent).success).toBe(true);
    expect(Object.keys(sent ?? {}).sort()).toEqual(
      ['createdAt', 'data', 'enumerator', 'finalizedAt', 'form', 'formVersion', 'id', 'seq'].sort(),
    );
  });

  it('reports the outbox and the client as the device sees them', () => {
    expect(body.outbox).toEqual({ pending: 3, oldestPendingAt: '2024-05-01T08:00:00.000Z' });
    expect(body.client).toEqual({ appVersion: '0.1.0', storagePersisted: true });
  });

  it('leaves out a record that was never finalised', () => {
    const draftBody = buildPushBody({
      deviceId: 'device-1',
      records: [makeRecord({ seq: null, finalizedAt: null, state: 'draft' })],
      pending: 0,
      oldestQueued: undefined,
      appVersion: '0.1.0',
      storagePersisted: false,
    });
    expect(draftBody.records).toEqual([]);
    expect(draftBody.outbox.oldestPendingAt).toBeNull();
  });
});
