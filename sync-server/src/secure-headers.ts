import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer. The CSP allows only this origin: the PWA, its service worker
 * and workbox scripts, the staff pages and their Chart.js canvases all come from here; `data:` and
 * `blob:` images cover icons and CSV downloads. No inline script or style is needed (decision 0033).
 */
export const appSecureHeaders = () =>
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
  });
