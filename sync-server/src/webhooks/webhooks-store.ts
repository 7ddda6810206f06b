import type { SqlRunner } from '../db/sql.ts';
import type { WebhookView } from '../../../shared/webhooks.ts';

interface ViewRow {
  id: number;
  url: string;
  created_at: string;
  created_by: string;
  disabled_at: string | null;
  delivered: number;
  last_error: string | null;
  last_error_at: string | null;
  last_delivered_at: string | null;
  pending: number;
  failing: number;
  failed: number;
}

// The secret is never selected here: nothing that answers the API can leak it.
const VIEW = `SELECT w.id, w.url, w.created_at, w.created_by, w.disabled_at, w.delivered, w.last_error, w.last_error_at,
         w.last_delivered_at,
         (SELECT count(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.failed_at IS NULL) AS pending,
         (SELECT count(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.failed_at IS NULL AND d.attempts > 0) AS failing,
         (SELECT count(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.failed_at IS NOT NULL) AS failed
  FROM webhooks w`;

const toView = (r: ViewRow): WebhookView => ({
  id: r.id,
  url: r.url,
  createdAt: r.created_at,
  createdBy: r.created_by,
  disabled: r.disabled_at !== null,
  pending: r.pending,
  delivered: r.delivered,
  failing: r.failing,
  failed: r.failed,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  lastDeliveredAt: r.last_delivered_at,
});

export async function listWebhooks(db: SqlRunner): Promise<WebhookView[]> {
  return (await db.all<ViewRow>(`${VIEW} ORDER BY w.id`)).map(toView);
}

export async function findWebhook(db: SqlRunner, id: number): Promise<WebhookView | undefined> {
  const row = await db.get<ViewRow>(`${VIEW} WHERE w.id = ?`, [id]);
  return row && toView(row);
}

export async function insertWebhook(
  db: SqlRunner,
  webhook: { url: string; secret: string; createdAt: string; createdBy: string },
): Promise<number> {
  const row = await db.get<{ id: number }>(
    'INSERT INTO webhooks (url, secret, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING id',
    [webhook.url, webhook.secret, webhook.createdAt, webhook.createdBy],
  );
  if (!row) throw new Error('the webhook insert returned no id');
  return row.id;
}

/** False when there is no such webhook. */
export async function setWebhookDisabled(db: SqlRunner, id: number, disabledAt: string | null): Promise<boolean> {
  return (await db.run('UPDATE webhooks SET disabled_at = ? WHERE id = ?', [disabledAt, id])) > 0;
}

/** Its queued deliveries go with it. False when there is no such webhook. */
export async function deleteWebhook(db: SqlRunner, id: number): Promise<boolean> {
  return (await db.run('DELETE FROM webhooks WHERE id = ?', [id])) > 0;
}
