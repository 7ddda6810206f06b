import { Hono } from 'hono';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../ops/metrics.ts';
import { AppError } from '../errors.ts';
import { bearerToken } from '../auth/principal.ts';
import { hashToken } from '../auth/tokens.ts';

const PROXY_HEADERS = ['X-Forwarded-For', 'Forwarded', 'X-Real-IP'];

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * With a token: only `Authorization: Bearer <token>`. Without: only loopback callers, and not those a
 * reverse proxy on the same machine forwarded, since to the socket they all look local.
 */
function checkAccess(c: Context, token: string | undefined): void {
  if (token) {
    const offered = bearerToken(c.req.header('Authorization'));
    if (!offered)
      throw new AppError(401, 'unauthenticated', 'Send the metrics token as "Authorization: Bearer <token>".');
    // Comparing hashes keeps the comparison's time independent of where the strings differ.
    if (hashToken(offered) !== hashToken(token))
      throw new AppError(401, 'invalid-token', 'The metrics token is wrong.');
    return;
  }
  if (!isLoopback(socketAddress(c)) || PROXY_HEADERS.some((h) => c.req.header(h) !== undefined)) {
    throw new AppError(403, 'forbidden', 'Metrics answer only on loopback unless FMP_METRICS_TOKEN is set.');
  }
}

export function metricsRoutes(metrics: Metrics, { token }: { token: string | undefined }) {
  return new Hono<AppEnv>().get('/', async (c) => {
    checkAccess(c, token);
    const text = await metrics.registry.metrics();
    return c.body(text, 200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' });
  });
}
