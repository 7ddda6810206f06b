import { z } from 'zod';
import { StoredRecord } from './records.ts';

/** Where deliveries go: http or https, as the admin's receiver listens (a loopback receiver is allowed). */
const webhookUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(2000)
  .refine((url) => !new URL(url).username && !new URL(url).password, 'no user name or password in the URL');

/** Signs every delivery; the admin gives it to the receiver too. The API never answers it back. */
const webhookSecret = z.string().min(16).max(256);

export const CreateWebhookRequest = z.object({ url: webhookUrl, secret: webhookSecret });

/** A disabled webhook queues nothing new and sends nothing; what it had queued goes out once it is enabled again. */
export const UpdateWebhookRequest = z.object({ disabled: z.boolean() });

export const WebhookView = z.object({
  id: z.int(),
  url: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  disabled: z.boolean(),
  /** Events waiting to be sent, those failing among them included. */
  pending: z.int(),
  delivered: z.int(),
  /** Pending events whose last delivery failed. */
  failing: z.int(),
  /** Events whose retries ran out: sent no more. */
  failed: z.int(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  lastDeliveredAt: z.string().nullable(),
});
export type WebhookView = z.infer<typeof WebhookView>;

/** One event of a delivery: `id` stays the same on every retry, so a receiver can drop what it already has. */
export const WebhookEvent = z.object({
  id: z.string(),
  type: z.enum(['record.accepted', 'record.revised']),
  record: StoredRecord,
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** The JSON body of one delivery: up to 100 events, oldest first. */
export const WebhookDelivery = z.object({ events: z.array(WebhookEvent) });
