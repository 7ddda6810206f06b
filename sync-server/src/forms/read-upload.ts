import { XLSX_TYPE, type FormProblem, type FormSource } from '../../../shared/form-versions.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { checkDefinition } from '../../../shared/forms/definition-schema.ts';
import { AppError } from '../errors.ts';
import { parseJsonText } from '../parse-body.ts';
import { requirePlainText } from '../plain-text.ts';
import { readXlsform } from './xlsform/read-xlsform.ts';

/** An XLSForm of 300 questions and 2,000 choices is about 100 KiB; a JSON definition about twice that. */
export const MAX_FORM_UPLOAD_BYTES = 2 * 1024 * 1024;

export type UploadRead =
  | { source: FormSource; ok: true; definition: FormDefinition }
  | { source: FormSource; ok: false; problems: FormProblem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function jsonOf(bytes: Uint8Array): unknown {
  try {
    return parseJsonText(utf8.decode(bytes));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(400, 'invalid-utf8', 'The request body is not valid UTF-8.');
  }
}

/** An uploaded form, an XLSForm workbook or a JSON definition by its Content-Type, read into a definition or every problem. */
export async function readUpload(contentType: string | undefined, bytes: Uint8Array): Promise<UploadRead> {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === XLSX_TYPE) {
    const read = await readXlsform(bytes);
    if (read.ok) requirePlainText(read.definition, 'The workbook');
    return { source: 'xlsform', ...read };
  }
  if (type === 'application/json') {
    const json = jsonOf(bytes);
    requirePlainText(json);
    const checked = checkDefinition(json);
    if (checked.ok) return { source: 'json', ok: true, definition: checked.definition };
    return {
      source: 'json',
      ok: false,
      problems: checked.errors.map((e) => ({
        path: e.path,
        code: 'invalid-definition',
        params: { where: e.path, detail: e.message },
        message: e.message,
      })),
    };
  }
  throw new AppError(
    415,
    'unsupported-media-type',
    `Send an XLSForm as ${XLSX_TYPE}, or a definition as application/json.`,
  );
}
