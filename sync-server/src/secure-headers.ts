import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { TLSSocket } from 'node:tls';
import type { IncomingMessage } from 'node:http';

/** 180 days, the default of `hono/secure-headers`. */
const STRICT_TRANSPORT_SECURITY = 'max-age=15552000; includeSubDomains';

/**
 * Security headers on every answer. The CSP allows only this origin: the PWA, its service worker
 * and workbox scripts, the staff pages and their Chart.js canvases all come from here; `data:` and
 * `blob:` images cover icons and CSV downloads. No inline script or style is needed (decision 0033).
 */
const headers = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // Sessions are Bearer tokens, so a referrer never carries one; no-referrer still costs nothing.
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
  });

/**
 * Whether the client's connection is HTTPS: the socket's own TLS, or the last `X-Forwarded-Proto` entry
 * of a trusted reverse proxy. The URL's scheme is not trusted on a socket: a plain request line may name https.
 */
export function overHttps(c: Context, trustProxy: boolean): boolean {
  if (trustProxy && c.req.header('X-Forwarded-Proto')?.split(',').at(-1)?.trim().toLowerCase() === 'https') return true;
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) return (incoming.socket as Partial<TLSSocket>).encrypted === true;
  // No socket: `app.request()` in tests, or a runtime other than Node.
  return new URL(c.req.url).protocol === 'https:';
}

/** The security headers, and Strict-Transport-Security only over HTTPS: browsers ignore it over HTTP, and it says nothing true there. */
export const appSecureHeaders = ({ trustProxy }: { trustProxy: boolean }) => {
  const secure = headers();
  return createMiddleware(async (c, next) => {
    await secure(c, next);
    if (overHttps(c, trustProxy)) c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  });
};
