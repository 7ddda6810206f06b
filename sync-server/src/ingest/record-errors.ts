import type { z } from 'zod';
import type { RecordError } from '../../../shared/push.ts';

/** Envelope problems (id, seq, timestamps...) in zod's own codes, in kebab case like the form codes. */
export function envelopeErrors(error: z.ZodError): RecordError[] {
  return error.issues.map((issue) => ({
    code: issue.code.replaceAll('_', '-'),
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
