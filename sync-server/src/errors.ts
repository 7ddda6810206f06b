import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../../shared/api.ts';
import type { Logger } from './log.ts';

/** The one error type of the API; `onError` turns it into the v1 error envelope. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, details?: unknown): ApiError {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function handleError(err: Error, c: Context, log?: Logger): Response {
  if (err instanceof AppError) {
    return c.json(errorBody(err.code, err.message, err.details), err.status, err.headers);
  }
  // One JSON line with the request's id, so that the 500 and its cause can be found together.
  if (log) log.error({ msg: 'unhandled error', requestId: c.get('requestId'), err });
  else console.error(err);
  return c.json(errorBody('internal-error', 'The server failed to handle this request.'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404);
}
