import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseBody } from '../parse-body.ts';

const FIELD_ERRORS: Record<string, [code: string, message: string]> = {
  username: [
    'invalid-username',
    'A username is 2 to 32 characters: letters a-z, digits, ".", "_" or "-", starting with a letter or digit.',
  ],
  password: ['invalid-password', 'A password is 10 to 1024 characters and not only whitespace.'],
};

/** Like `parseBody`, but a refused username or password gets its own code, for the staff page to translate. */
export async function parseUserBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  try {
    return await parseBody(c, schema);
  } catch (err) {
    const details =
      err instanceof AppError && err.code === 'invalid-request' ? (err.details as { path: string }[]) : [];
    const field = details.map((issue) => FIELD_ERRORS[issue.path]).find((known) => known !== undefined);
    if (field) throw new AppError(400, field[0], field[1], details);
    throw err;
  }
}
