import type { PushResult, RecordStatus } from '../../../shared/push.ts';
import type { FmpDatabase, RecordState } from './database.ts';

const STATE_BY_STATUS = {
  accepted: 'sent',
  duplicate: 'sent',
  rejected: 'rejected',
  conflict: 'conflict',
} as const satisfies Record<RecordStatus, RecordState>;

/**
 * Every status means the server has stored the record somewhere, so it leaves the outbox;
 * ids the server did not mention stay queued. Returns how many records were acknowledged.
 */
export function applyPushResults(db: FmpDatabase, results: readonly PushResult[], now = new Date()): Promise<number> {
  return db.transaction('rw', db.records, db.outbox, async () => {
    let acknowledged = 0;
    const sentAt = now.toISOString();
    for (const result of results) {
      if (result.id === null) continue;
      const queued = await db.outbox.get(result.id);
      if (!queued) continue;
      const state = STATE_BY_STATUS[result.status];
      await db.records.update(result.id, { state, sentAt, errors: result.errors ?? [] });
      await db.outbox.delete(result.id);
      acknowledged += 1;
    }
    return acknowledged;
  });
}
