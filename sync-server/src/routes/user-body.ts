import type { Context } from 'hono';
import type { z } from 'zod';
import { parseFieldCodedBody, type FieldErrors } from './field-coded-body.ts';

const FIELD_ERRORS: FieldErrors = {
  username: [
    'invalid-username',
    'A username is 2 to 32 characters: letters a-z, digits, ".", "_" or "-", starting with a letter or digit.',
  ],
  password: ['invalid-password', 'A password is 10 to 1024 characters and not only whitespace.'],
};

/** Like `parseBody`, but a refused username or password gets its own code, for the staff page to translate. */
export function parseUserBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  return parseFieldCodedBody(c, schema, FIELD_ERRORS);
}
