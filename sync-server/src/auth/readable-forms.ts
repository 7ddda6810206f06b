import type { Role } from '../../../shared/api.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';

/** Analysts get the FMR counts only: FMS interviews and screening stay with officers. */
export function mayReadForm(role: Role, form: string): boolean {
  return role !== 'analyst' || form === FMR_FORM_ID;
}
