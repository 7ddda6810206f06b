import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Context } from 'hono';

const gzipAsync = promisify(gzip);

/** True when the client's Accept-Encoding lists gzip (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    return !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

/**
 * A JSON answer, gzipped in one piece when the client accepts it. Hono's `compress` streams through
 * `CompressionStream`, which cost a push about as much as storing its records; zlib on the
 * thread pool does the same work off the main thread.
 */
export async function jsonMaybeGzip(c: Context, payload: unknown): Promise<Response> {
  const json = JSON.stringify(payload);
  c.header('Vary', 'Accept-Encoding');
  if (!acceptsGzip(c.req.header('Accept-Encoding'))) return c.body(json, 200, { 'Content-Type': 'application/json' });
  const body = await gzipAsync(json);
  return c.body(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), 200, {
    'Content-Type': 'application/json',
    'Content-Encoding': 'gzip',
  });
}
