import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { addressBucket } from './address-bucket.ts';

export type ClientKey = (c: Context) => string;

/**
 * The caller's address from the socket. `X-Forwarded-For` is read only when the server is told it
 * sits behind a reverse proxy (`FMP_TRUST_PROXY`), and then only its last entry, the one that proxy
 * added: anything before it was written by the client and proves nothing.
 */
export function clientAddress({ trustProxy }: { trustProxy: boolean }): ClientKey {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req
        .header('X-Forwarded-For')
        ?.split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .at(-1);
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // No socket: `app.request()` in tests, or a runtime other than Node.
      return 'unknown';
    }
  };
}

/** The caller's rate-limit key: its address, IPv6 ones counted per /64 (address-bucket.ts). */
export function clientIp(options: { trustProxy: boolean }): ClientKey {
  const address = clientAddress(options);
  return (c) => addressBucket(address(c));
}
