import { fieldParams } from '../../../shared/forms/field-schema.ts';
import { issueMessage } from '../../../shared/forms/issue-message.ts';
import { checkParams } from '../../../shared/forms/rules.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { textIn, type Language } from '../../../shared/i18n.ts';
import type { RecordError } from '../../../shared/push.ts';

export interface RecordErrorText {
  /** The label of the question the error is about, when it names one. */
  field: string | null;
  message: string;
}

const DATA_PATH = /^data\.(.+)$/;

/**
 * A server's reason for rejecting a record, in the person's language. The server sends codes and
 * paths; the limits a message names ({min}, {max}) come from the record's own version, as the server's did.
 */
export function recordErrorText(
  form: FormDefinition | undefined,
  error: Pick<RecordError, 'code' | 'path'>,
  language: Language,
): RecordErrorText {
  if (!form) return { field: null, message: error.code };
  const name = DATA_PATH.exec(error.path)?.[1];
  const field = form.fields.find((f) => f.name === name);
  const rule = form.rules.find((r) => r.code === error.code);
  const params = rule ? checkParams(rule.check) : field ? fieldParams(field) : {};
  return {
    field: field ? textIn(field.label, language) : null,
    message: issueMessage(form, { code: error.code, field: name ?? '', params }, language),
  };
}
