import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/sql.ts';
import type { Logger } from '../log.ts';
import { claimWebhook, dueWebhooks, markDelivered, markFailed, oldestPending, releaseLease } from './delivery-queue.ts';
import { postDelivery } from './post-delivery.ts';
import { retryDelayMs, type Backoff } from './retry-delay.ts';

/** Events per delivery at most. */
const EVENTS_PER_DELIVERY = 100;

export interface WebhookSettings {
  /** A receiver that has not answered by then has failed this delivery. */
  timeoutMs: number;
  backoff: Backoff;
  /** An event that has failed for this long is given up. */
  retryForMs: number;
  /** How often to look for what other processes queued, and for retries that are due. */
  pollMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  timeoutMs: 10_000,
  backoff: { firstMs: 5_000, maxMs: 3_600_000 },
  retryForMs: 3 * 24 * 3_600_000,
  pollMs: 1_000,
};

export interface WebhookDelivery {
  /** Something was queued in this process: look now rather than at the next poll. */
  wake: () => void;
  /** Ends the loop; a delivery under way is abandoned, to be sent again later. */
  stop: () => Promise<void>;
}

/**
 * Sends each webhook's queue, oldest first, one batch at a time under a lease in the database, so that
 * several processes on one PostgreSQL never send the same batch at once (decision 0092). The lease
 * outlasts the request's timeout, so it cannot run out while its holder may still be sending.
 */
export function startWebhookDelivery({
  db,
  now,
  settings,
  log,
}: {
  db: Sql;
  now: () => Date;
  settings: WebhookSettings;
  log?: Logger;
}): WebhookDelivery {
  const owner = randomUUID();
  const leaseMs = 2 * settings.timeoutMs + 1_000;
  const stopping = new AbortController();
  let wakeUp: () => void = () => {};
  let woken = false;

  const deliverOne = async (webhookId: number): Promise<boolean> => {
    const nowMs = now().getTime();
    const webhook = await claimWebhook(db, webhookId, { owner, nowMs, untilMs: nowMs + leaseMs });
    if (!webhook) return false;
    const batch = await oldestPending(db, webhookId, EVENTS_PER_DELIVERY);
    if (batch.length === 0) {
      await releaseLease(db, webhookId, owner);
      return false;
    }
    const body = `{"events":[${batch.map((row) => row.payload).join(',')}]}`;
    const timestamp = Math.floor(now().getTime() / 1000);
    const error = await postDelivery(webhook, body, {
      timestamp,
      timeoutMs: settings.timeoutMs,
      signal: stopping.signal,
    });
    const ids = batch.map((row) => row.id);
    if (stopping.signal.aborted) {
      await releaseLease(db, webhookId, owner);
      return false;
    }
    const at = now();
    if (error === null) {
      await markDelivered(db, webhookId, owner, ids, at);
      return true;
    }
    log?.warn({ msg: 'webhook delivery failed', webhookId, events: ids.length, error });
    await markFailed(db, webhookId, owner, ids, {
      error,
      at,
      nextAttemptMs: at.getTime() + retryDelayMs(webhook.failures + 1, settings.backoff),
      giveUpFailingSinceMs: at.getTime() - settings.retryForMs,
    });
    return false;
  };

  const idle = () =>
    new Promise<void>((resolve) => {
      if (woken || stopping.signal.aborted) return resolve();
      const timer = setTimeout(resolve, settings.pollMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      woken = false;
      let sent = false;
      try {
        const due = await dueWebhooks(db, now().getTime());
        sent = (await Promise.all(due.map(deliverOne))).some(Boolean);
      } catch (err) {
        if (!stopping.signal.aborted) log?.error({ msg: 'webhook delivery round failed', err });
      }
      if (!sent) await idle();
    }
  })();

  return {
    wake: () => {
      woken = true;
      wakeUp();
    },
    stop: async () => {
      stopping.abort();
      wakeUp();
      await loop;
    },
  };
}
