import { PushRecord, type RecordError } from '../../../shared/push.ts';
import { findFormSchema } from '../../../shared/forms.ts';
import { recordErrors } from './record-errors.ts';

export type Classified = { valid: true; record: PushRecord } | { valid: false; id: string | null; errors: RecordError[] };

function rawId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id.slice(0, 100);
  return null;
}

/** Checks one pushed record against the envelope and its own form version; pure, so rules are easy to test. */
export function classifyRecord(raw: unknown): Classified {
  const envelope = PushRecord.safeParse(raw);
  if (!envelope.success) return { valid: false, id: rawId(raw), errors: recordErrors(envelope.error, '') };
  const record = envelope.data;
  const form = findFormSchema(record.form, record.formVersion);
  if (!form.ok) {
    const message = `Form ${record.form} version ${record.formVersion} is not known to this server.`;
    return { valid: false, id: record.id, errors: [{ code: form.code, path: 'form', message }] };
  }
  const data = form.schema.safeParse(record.data);
  if (!data.success) return { valid: false, id: record.id, errors: recordErrors(data.error, 'data') };
  return { valid: true, record: { ...record, data: data.data as Record<string, unknown> } };
}
