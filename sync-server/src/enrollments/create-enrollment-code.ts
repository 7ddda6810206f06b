import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { hashToken, newEnrollmentCode } from '../auth/tokens.ts';
import { isActiveFmp } from '../fmps/fmps-store.ts';
import { insertEnrollmentCode } from './enrollment-codes-store.ts';

const ENROLLMENT_CODE_HOURS = 24;

/** A new code for a tablet at an active FMP; only its hash is stored, the code is answered once. */
export async function createEnrollmentCode(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  { fmp, label }: { fmp: string; label?: string | undefined },
): Promise<{ code: string; expiresAt: string }> {
  if (!(await isActiveFmp(db, fmp))) throw new AppError(400, 'unknown-fmp', `"${fmp}" is not an active FMP code.`);
  const code = newEnrollmentCode();
  const expiresAt = new Date(at.getTime() + ENROLLMENT_CODE_HOURS * 3600_000).toISOString();
  await db.transaction(async (tx) => {
    await insertEnrollmentCode(tx, {
      codeHash: hashToken(code),
      fmp,
      label: label ?? null,
      createdBy: staff.userId,
      createdAt: at.toISOString(),
      expiresAt,
    });
    await writeAudit(tx, staff, at, {
      action: 'enrollment.create',
      target: `fmp:${fmp}`,
      details: { label: label ?? null, expiresAt },
    });
  });
  return { code, expiresAt };
}
