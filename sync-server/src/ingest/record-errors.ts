import type { z } from 'zod';
import type { Issue } from '../../../shared/forms/validate.ts';
import { issueMessage } from '../../../shared/forms/issue-message.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { RecordError } from '../../../shared/push.ts';

/** Envelope problems (id, seq, timestamps...) in zod's own codes, in kebab case like the form codes. */
export function envelopeErrors(error: z.ZodError): RecordError[] {
  return error.issues.map((issue) => ({
    code: issue.code.replaceAll('_', '-'),
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** The server speaks English in `message`; devices translate by `code` with the same shared texts. */
export const toRecordError =
  (form: FormDefinition) =>
  (issue: Issue): RecordError => ({
    code: issue.code,
    path: issue.field ? `data.${issue.field}` : 'data',
    message: issueMessage(form, issue, 'en'),
  });
