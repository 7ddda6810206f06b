import type { z } from 'zod';
import { FMR_FORM_ID, FMR_FORM_VERSION, FmrDataV1 } from './fmr.ts';

/** Every form version the server still accepts: a record is validated against its own version. */
export const FORM_SCHEMAS: Record<string, Record<number, z.ZodType>> = {
  [FMR_FORM_ID]: { [FMR_FORM_VERSION]: FmrDataV1 },
};

export type FormLookup =
  | { ok: true; schema: z.ZodType }
  | { ok: false; code: 'unknown-form' | 'unknown-form-version' };

export function findFormSchema(form: string, version: number): FormLookup {
  const versions = Object.hasOwn(FORM_SCHEMAS, form) ? FORM_SCHEMAS[form] : undefined;
  if (!versions) return { ok: false, code: 'unknown-form' };
  const schema = Object.hasOwn(versions, version) ? versions[version] : undefined;
  if (!schema) return { ok: false, code: 'unknown-form-version' };
  return { ok: true, schema };
}

export function listForms(): { id: string; versions: number[] }[] {
  return Object.entries(FORM_SCHEMAS).map(([id, versions]) => ({
    id,
    versions: Object.keys(versions).map(Number),
  }));
}
