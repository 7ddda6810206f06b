import { FMR_V1 } from './fmr-v1.ts';
import { FMS_V1 } from './fms-v1.ts';
import { SCREENING_V1 } from './screening-v1.ts';
import type { FormDefinition } from './types.ts';

/** Every form version still accepted: append new versions, never edit or drop a shipped one. */
export const FORM_DEFINITIONS: readonly FormDefinition[] = [FMR_V1, FMS_V1, SCREENING_V1];

export type FormLookup =
  { ok: true; form: FormDefinition } | { ok: false; code: 'unknown-form' | 'unknown-form-version' };

export function findForm(id: string, version: number): FormLookup {
  const versions = FORM_DEFINITIONS.filter((f) => f.id === id);
  if (versions.length === 0) return { ok: false, code: 'unknown-form' };
  const form = versions.find((f) => f.version === version);
  return form ? { ok: true, form } : { ok: false, code: 'unknown-form-version' };
}
