import { z } from 'zod';
import type { FormDefinition } from './types.ts';
import { validateData, type ValidationContext } from './validate.ts';

/**
 * The zod schema of a form version's record data: each answered field through its own zod schema
 * (field-schema.ts), then relevance, required answers and the error rules. Warnings never fail it.
 */
export function deriveSchema(form: FormDefinition, context: () => ValidationContext) {
  return z.record(z.string(), z.unknown()).superRefine((data, ctx) => {
    for (const issue of validateData(form, data, context()).errors) {
      ctx.addIssue({ code: 'custom', message: issue.code, path: issue.field ? [issue.field] : [], params: issue.params });
    }
  });
}
