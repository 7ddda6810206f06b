import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Signature';
export const TIMESTAMP_HEADER = 'X-Timestamp';

/**
 * `sha256=` then the hex HMAC-SHA256, keyed by the webhook's secret, of the timestamp (Unix seconds,
 * as sent in `X-Timestamp`), a dot and the raw body: a receiver that refuses old timestamps stops replays.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
