import type { SqlRunner } from '../db/sql.ts';
import type { WebhookEvent } from '../../../shared/webhooks.ts';
import type { StoredRecord } from '../../../shared/records.ts';

/** Rows per insert: 4 parameters each stay far below both engines' limits. */
const ROWS_PER_INSERT = 500;

/** The event of a record as stored now: revision 1 is its acceptance, every later one a revision from review. */
export function recordEvent(record: StoredRecord): WebhookEvent {
  return {
    id: `${record.id}:${record.revision}`,
    type: record.revision === 1 ? 'record.accepted' : 'record.revised',
    record,
  };
}

/**
 * Queues the events, in their order, for every enabled webhook, in the caller's transaction: they are
 * stored with the record or not at all (decision 0092). Ids grow in that order, which is the order sent.
 * `makeEvents` runs only when some webhook is enabled, so a push pays one small query without them.
 */
export async function queueWebhookEvents(
  tx: SqlRunner,
  queuedAt: string,
  makeEvents: () => readonly WebhookEvent[],
): Promise<void> {
  const webhooks = await tx.all<{ id: number }>('SELECT id FROM webhooks WHERE disabled_at IS NULL ORDER BY id');
  if (webhooks.length === 0) return;
  const events = makeEvents();
  const payloads = events.map((event) => ({ id: event.id, json: JSON.stringify(event) }));
  const rows = webhooks.flatMap((webhook) => payloads.map((p) => [webhook.id, p.id, p.json, queuedAt]));
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const chunk = rows.slice(from, from + ROWS_PER_INSERT);
    await tx.run(
      `INSERT INTO webhook_deliveries (webhook_id, event_id, payload, queued_at) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
      chunk.flat(),
    );
  }
}
