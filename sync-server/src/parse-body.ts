import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from './errors.ts';
import { requirePlainText } from './plain-text.ts';

export function invalidRequest(error: z.ZodError): AppError {
  const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return new AppError(400, 'invalid-request', 'The request body does not match the API contract.', details);
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
}

export async function parseBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const parsed = schema.safeParse(parseJsonText(await c.req.text()));
  if (!parsed.success) throw invalidRequest(parsed.error);
  requirePlainText(parsed.data);
  return parsed.data;
}
