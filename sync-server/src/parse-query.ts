import type { z } from 'zod';
import { AppError } from './errors.ts';

/** Query strings are checked like bodies: 400 `invalid-query` with zod's issues as details. */
export function parseQuery<T extends z.ZodType>(query: Record<string, string>, schema: T): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError(400, 'invalid-query', 'The query parameters do not match the API contract.', details);
  }
  return parsed.data;
}
