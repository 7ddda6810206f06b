import type { Sql, SqlRunner } from '../db/sql.ts';

export interface ClaimedWebhook {
  id: number;
  url: string;
  secret: string;
  failures: number;
}

export interface QueuedDelivery {
  id: number;
  payload: string;
}

const inList = (ids: readonly number[]) => ids.map(() => '?').join(', ');

/** Enabled webhooks with something to send whose backoff is over and that no process is delivering. */
export async function dueWebhooks(db: SqlRunner, nowMs: number): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    `SELECT w.id FROM webhooks w
     WHERE w.disabled_at IS NULL AND w.next_attempt_ms <= ? AND w.lease_until_ms <= ?
       AND EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.failed_at IS NULL)
     ORDER BY w.id`,
    [nowMs, nowMs],
  );
  return rows.map((row) => row.id);
}

/**
 * Takes the webhook's lease if it is still due and free: one conditional update, which on PostgreSQL
 * waits for a competing one and then sees its lease, so one process at a time sends its batches (decision 0092).
 */
export async function claimWebhook(
  db: SqlRunner,
  id: number,
  lease: { owner: string; nowMs: number; untilMs: number },
): Promise<ClaimedWebhook | undefined> {
  return db.get<ClaimedWebhook>(
    `UPDATE webhooks SET lease_owner = ?, lease_until_ms = ?
     WHERE id = ? AND disabled_at IS NULL AND next_attempt_ms <= ? AND lease_until_ms <= ?
     RETURNING id, url, secret, failures`,
    [lease.owner, lease.untilMs, id, lease.nowMs, lease.nowMs],
  );
}

/** The oldest events still to send: a later one never goes before an earlier one of the same webhook. */
export function oldestPending(db: SqlRunner, webhookId: number, limit: number): Promise<QueuedDelivery[]> {
  return db.all<QueuedDelivery>(
    'SELECT id, payload FROM webhook_deliveries WHERE webhook_id = ? AND failed_at IS NULL ORDER BY id LIMIT ?',
    [webhookId, limit],
  );
}

export async function releaseLease(db: SqlRunner, webhookId: number, owner: string): Promise<void> {
  await db.run('UPDATE webhooks SET lease_owner = NULL, lease_until_ms = 0 WHERE id = ? AND lease_owner = ?', [
    webhookId,
    owner,
  ]);
}

/** The receiver took them: they leave the queue and count as delivered, and the backoff starts over. */
export function markDelivered(
  db: Sql,
  webhookId: number,
  owner: string,
  ids: readonly number[],
  at: Date,
): Promise<void> {
  return db.transaction(async (tx) => {
    // Rows another process delivered and deleted meanwhile are not counted twice.
    const deleted = await tx.run(`DELETE FROM webhook_deliveries WHERE id IN (${inList(ids)})`, ids);
    await tx.run(
      'UPDATE webhooks SET delivered = delivered + ?, failures = 0, next_attempt_ms = 0, last_delivered_at = ? WHERE id = ?',
      [deleted, at.toISOString(), webhookId],
    );
    await releaseLease(tx, webhookId, owner);
  });
}

export interface Failure {
  error: string;
  at: Date;
  nextAttemptMs: number;
  /** Events failing since before this instant are given up. */
  giveUpFailingSinceMs: number;
}

/** The batch stays queued for the next attempt, but events that have failed for too long are marked failed. */
export function markFailed(
  db: Sql,
  webhookId: number,
  owner: string,
  ids: readonly number[],
  failure: Failure,
): Promise<void> {
  return db.transaction(async (tx) => {
    const atMs = failure.at.getTime();
    await tx.run(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, failing_since_ms = COALESCE(failing_since_ms, ?)
       WHERE id IN (${inList(ids)})`,
      [atMs, ...ids],
    );
    await tx.run(`UPDATE webhook_deliveries SET failed_at = ? WHERE id IN (${inList(ids)}) AND failing_since_ms <= ?`, [
      failure.at.toISOString(),
      ...ids,
      failure.giveUpFailingSinceMs,
    ]);
    await tx.run(
      'UPDATE webhooks SET failures = failures + 1, next_attempt_ms = ?, last_error = ?, last_error_at = ? WHERE id = ?',
      [failure.nextAttemptMs, failure.error, failure.at.toISOString(), webhookId],
    );
    await releaseLease(tx, webhookId, owner);
  });
}
