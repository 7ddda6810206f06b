import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { API_PREFIX } from '../../shared/api.ts';
import { AppError } from './errors.ts';

/** Every JSON body but a push fits easily: the largest, a correction or a quarantine accept, is a few KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The paths whose body may be larger; each route sets its own limit (routes/sync.ts, routes/forms.ts). */
const OWN_LIMIT_PATHS = new Set([`${API_PREFIX}/sync/push`, `${API_PREFIX}/forms`, `${API_PREFIX}/forms/check`]);

/**
 * The connection is closed after the answer: kept open, the rest of the body would be read in and thrown
 * away (up to 64 MB a connection), which costs memory and time for nothing.
 */
export const tooLarge = (what: string, limit: number) =>
  new AppError(413, 'payload-too-large', `The ${what} exceeds ${limit} bytes.`, { limitBytes: limit }, CLOSE);

const CLOSE = { Connection: 'close' };

/**
 * Refuses a body over `MAX_BODY_BYTES` before any handler reads it: at once when Content-Length says
 * so, or as soon as a streamed body passes the limit, so an unauthenticated caller cannot fill memory.
 */
export function limitBodies() {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge('request body', MAX_BODY_BYTES);
    },
  });
  return createMiddleware((c, next) => (OWN_LIMIT_PATHS.has(c.req.path) ? next() : limit(c, next)));
}
