import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseBody } from '../parse-body.ts';

/** For a refused field, its own error code and message: the staff pages translate the code. */
export type FieldErrors = Record<string, [code: string, message: string]>;

/** Like `parseBody`, but the first refused field that `fields` names gets its own code instead of `invalid-request`. */
export async function parseFieldCodedBody<T extends z.ZodType>(
  c: Context,
  schema: T,
  fields: FieldErrors,
): Promise<z.infer<T>> {
  try {
    return await parseBody(c, schema);
  } catch (err) {
    const details =
      err instanceof AppError && err.code === 'invalid-request' ? (err.details as { path: string }[]) : [];
    const field = details.map((issue) => fields[issue.path]).find((known) => known !== undefined);
    if (field) throw new AppError(400, field[0], field[1], details);
    throw err;
  }
}
