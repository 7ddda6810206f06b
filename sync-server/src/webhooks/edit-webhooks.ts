import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { WebhookView } from '../../../shared/webhooks.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { deleteWebhook, findWebhook, insertWebhook, setWebhookDisabled } from './webhooks-store.ts';

const notFound = (id: number) => new AppError(404, 'webhook-not-found', `No webhook ${id}.`);

/** Events stored from now on are queued for it; what was stored before is not sent. */
export function createWebhook(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  webhook: { url: string; secret: string },
): Promise<WebhookView> {
  return db.transaction(async (tx) => {
    const id = await insertWebhook(tx, { ...webhook, createdAt: at.toISOString(), createdBy: staff.username });
    await writeAudit(tx, staff, at, {
      action: 'webhook.create',
      target: `webhook:${id}`,
      details: { url: webhook.url },
    });
    const created = await findWebhook(tx, id);
    if (!created) throw notFound(id);
    return created;
  });
}

export function changeWebhook(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  id: number,
  change: { disabled: boolean },
): Promise<WebhookView> {
  return db.transaction(async (tx) => {
    const current = await findWebhook(tx, id);
    if (!current) throw notFound(id);
    if (current.disabled !== change.disabled) {
      await setWebhookDisabled(tx, id, change.disabled ? at.toISOString() : null);
      await writeAudit(tx, staff, at, {
        action: change.disabled ? 'webhook.disable' : 'webhook.enable',
        target: `webhook:${id}`,
      });
    }
    return (await findWebhook(tx, id)) ?? current;
  });
}

export function removeWebhook(db: Sql, staff: StaffPrincipal, at: Date, id: number): Promise<void> {
  return db.transaction(async (tx) => {
    const current = await findWebhook(tx, id);
    if (!current || !(await deleteWebhook(tx, id))) throw notFound(id);
    await writeAudit(tx, staff, at, {
      action: 'webhook.delete',
      target: `webhook:${id}`,
      details: { url: current.url, pending: current.pending },
    });
  });
}
