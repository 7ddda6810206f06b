import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.ts';

export type LogLine = (fields: Record<string, unknown>) => void;

export const jsonLog: LogLine = (fields) => console.log(JSON.stringify({ time: new Date().toISOString(), ...fields }));

/** One line per request: never the query string, headers or body, which may hold tokens or records. */
export function requestLog(log: LogLine) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    log({
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
}
