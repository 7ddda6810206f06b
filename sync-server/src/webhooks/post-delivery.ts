import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signDelivery } from './sign-delivery.ts';

/** Of a refusal's body, this much goes into the error the admin reads. */
const ERROR_BODY_CHARS = 200;

/** The start of a refusal's body, read no further: a receiver may answer anything. */
async function bodyStart(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder()
    .decode(value ?? new Uint8Array())
    .slice(0, ERROR_BODY_CHARS)
    .trim();
}

function describeFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && err.name === 'TimeoutError') return `No answer within ${timeoutMs} ms.`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return `Could not reach the receiver: ${cause?.code ?? cause?.message ?? (err as Error).message}.`;
}

/**
 * POSTs one signed delivery; resolves to null when the receiver answered 2xx, else to what went wrong.
 * Redirects are not followed: a receiver that moved is a failure the admin must see.
 */
export async function postDelivery(
  webhook: { url: string; secret: string },
  body: string,
  options: { timestamp: number; timeoutMs: number; signal: AbortSignal },
): Promise<string | null> {
  try {
    const res = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'fmp-collect-webhooks',
        [TIMESTAMP_HEADER]: String(options.timestamp),
        [SIGNATURE_HEADER]: signDelivery(webhook.secret, options.timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    });
    if (res.ok) {
      await res.body?.cancel();
      return null;
    }
    const text = await bodyStart(res);
    return `HTTP ${res.status}${text ? `: ${text}` : ''}`;
  } catch (err) {
    return describeFailure(err, options.timeoutMs);
  }
}
