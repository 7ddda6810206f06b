import { validateData, type ValidationContext } from '../../../shared/forms/validate.ts';
import type { RecordError } from '../../../shared/push.ts';
import { toRecordError } from '../ingest/record-errors.ts';
import type { FormCatalog } from '../forms/form-catalog.ts';

export type Revised =
  { ok: true; data: Record<string, unknown>; warnings: RecordError[] } | { ok: false; errors: RecordError[] };

/** The changes applied over the current data (null clears a field), validated against the record's own form version, found in `forms`. */
export function reviseData(
  forms: FormCatalog,
  form: { id: string; version: number },
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
  context: ValidationContext,
): Revised {
  const found = forms(form.id, form.version);
  if (!found.ok)
    return {
      ok: false,
      errors: [{ code: found.code, path: 'form', message: `Form ${form.id} v${form.version} is unknown.` }],
    };
  const merged = { ...current, ...changes };
  const data = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
  const { errors, warnings } = validateData(found.form, data, context);
  if (errors.length > 0) return { ok: false, errors: errors.map(toRecordError(found.form)) };
  return { ok: true, data, warnings: warnings.map(toRecordError(found.form)) };
}

/** When the record says it happened, in UTC, from its form's time field. */
export function occurredAtOf(
  forms: FormCatalog,
  formId: string,
  version: number,
  data: Record<string, unknown>,
): string | null {
  const found = forms(formId, version);
  const value = found.ok ? data[found.form.timeField] : undefined;
  return typeof value === 'string' ? new Date(value).toISOString() : null;
}
