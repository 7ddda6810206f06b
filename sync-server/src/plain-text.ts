import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.ts';
import { AppError } from './errors.ts';
import { textProblem } from './ingest/record-shape.ts';

/** Deeper than any request's own fields: what lies below is stored as JSON text, where every character is escaped. */
const CHECKED_DEPTH = 8;

function problemAt(value: unknown, path: string, depth: number): string | null {
  if (typeof value === 'string') return textProblem(value) ? path : null;
  if (depth >= CHECKED_DEPTH || typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = problemAt(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function refuse(where: string): AppError {
  return new AppError(
    400,
    'invalid-text',
    `${where} holds a control character (such as NUL) or a lone surrogate, which no text may hold.`,
  );
}

/**
 * Staff and device text goes into plain text columns, and PostgreSQL refuses NUL where SQLite keeps it:
 * such text is refused the same way on both engines, before anything is stored (decision 0062).
 */
export function requirePlainText(value: unknown, where = 'The request body'): void {
  const path = problemAt(value, '', 0);
  if (path !== null) throw refuse(path ? `${where} at ${path}` : where);
}

/** The same for every request's path and query string. */
export function plainTextUrls() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (textProblem(c.req.path)) throw refuse('The path');
    requirePlainText(c.req.queries(), 'The query');
    await next();
  });
}
