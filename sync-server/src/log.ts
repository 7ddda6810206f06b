import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.ts';

export type { Logger };

// Nothing logs these today; the paths are there so that a careless `log.info({ body })` cannot leak them.
const REDACT = [
  'password',
  'token',
  'authorization',
  'data',
  'records',
  '*.password',
  '*.token',
  '*.authorization',
  '*.data',
  '*.records',
];

export function createLogger(options: { level: string; pretty: boolean }, destination?: DestinationStream): Logger {
  const stream =
    destination ?? (options.pretty ? pretty({ colorize: true, sync: true }) : pino.destination({ sync: true }));
  return pino(
    {
      level: options.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    stream,
  );
}

// A reverse proxy's id (nginx `$request_id`) lets one request be followed through both logs.
const PROXY_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** One line per request: never the query string, headers or body, which may hold tokens or records. */
export function requestLog(log: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const offered = c.req.header('X-Request-Id');
    const requestId = offered && PROXY_REQUEST_ID.test(offered) ? offered : randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    const status = c.res.status;
    log[status >= 500 ? 'error' : 'info']({
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      route: routePath(c),
      status,
      ms: Math.round(performance.now() - started),
    });
  });
}
