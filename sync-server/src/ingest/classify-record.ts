import { PushRecord, type RecordError } from '../../../shared/push.ts';
import { validateData, type ValidationContext } from '../../../shared/forms/validate.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { envelopeErrors, toRecordError } from './record-errors.ts';
import { recordShapeError, textProblem } from './record-shape.ts';
import type { FormCatalog } from '../forms/form-catalog.ts';

export type Classified =
  | { valid: true; record: PushRecord; form: FormDefinition; warnings: RecordError[] }
  | { valid: false; id: string | null; errors: RecordError[] };

/** The id of a record that failed its envelope, kept only when it is text that can be stored as it is. */
function rawId(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object' || !('id' in raw) || typeof raw.id !== 'string') return null;
  const id = raw.id.slice(0, 100);
  return textProblem(id) ? null : id;
}

/** Checks one pushed record against the envelope and its own form version, found in `forms`; pure, so rules are easy to test. */
export function classifyRecord(raw: unknown, context: ValidationContext, forms: FormCatalog): Classified {
  const shapeError = recordShapeError(raw);
  if (shapeError) return { valid: false, id: rawId(raw), errors: [shapeError] };
  const envelope = PushRecord.safeParse(raw);
  if (!envelope.success) return { valid: false, id: rawId(raw), errors: envelopeErrors(envelope.error) };
  const record = envelope.data;
  const found = forms(record.form, record.formVersion);
  if (!found.ok) {
    const message = `Form ${record.form} version ${record.formVersion} is not known to this server.`;
    return { valid: false, id: record.id, errors: [{ code: found.code, path: 'form', message }] };
  }
  const { errors, warnings } = validateData(found.form, record.data, context);
  if (errors.length > 0) return { valid: false, id: record.id, errors: errors.map(toRecordError(found.form)) };
  return { valid: true, record, form: found.form, warnings: warnings.map(toRecordError(found.form)) };
}
