import type { Sql } from '../db/sql.ts';
import { AppError } from '../errors.ts';
import { claimEnrollmentCode, findEnrollmentCode } from '../enrollments/enrollment-codes-store.ts';
import { insertDevice } from './devices-store.ts';

interface Enrollment {
  codeHash: string;
  deviceId: string;
  tokenHash: string;
  /** The tablet's own label; else the code's. */
  label: string | undefined;
  at: string;
}

/** Claims the code and creates the device in one transaction, so a code is used at most once; answers the device's FMP. */
export function enrollDevice(db: Sql, { codeHash, deviceId, tokenHash, label, at }: Enrollment): Promise<string> {
  return db.transaction(async (tx) => {
    const row = await findEnrollmentCode(tx, codeHash);
    if (!row) throw new AppError(400, 'invalid-enrollment-code', 'This enrollment code does not exist.');
    if (row.used_at) throw new AppError(409, 'enrollment-code-used', 'This enrollment code was already used.');
    if (row.expires_at <= at) throw new AppError(400, 'enrollment-code-expired', 'This enrollment code has expired.');
    // Retired after the code was made: no new tablet there, but the code stays usable if the FMP comes back.
    if (!row.fmp_active) throw new AppError(409, 'enrollment-fmp-inactive', `The FMP ${row.fmp} is no longer active.`);
    // Another server process may have claimed it since it was read: only one claim changes the row.
    if (!(await claimEnrollmentCode(tx, codeHash, at, deviceId))) {
      throw new AppError(409, 'enrollment-code-used', 'This enrollment code was already used.');
    }
    await insertDevice(tx, { id: deviceId, tokenHash, fmp: row.fmp, label: label ?? row.label, enrolledAt: at });
    return row.fmp;
  });
}
