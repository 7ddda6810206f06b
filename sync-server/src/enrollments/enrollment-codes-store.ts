import type { SqlRunner } from '../db/sql.ts';

export interface EnrollmentCodeRow {
  fmp: string;
  fmp_active: number;
  label: string | null;
  expires_at: string;
  used_at: string | null;
}

export async function insertEnrollmentCode(
  db: SqlRunner,
  code: {
    codeHash: string;
    fmp: string;
    label: string | null;
    createdBy: number;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await db.run(
    `INSERT INTO enrollment_codes (code_hash, fmp, label, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [code.codeHash, code.fmp, code.label, code.createdBy, code.createdAt, code.expiresAt],
  );
}

/** The code with whether its FMP is still active. */
export function findEnrollmentCode(db: SqlRunner, codeHash: string): Promise<EnrollmentCodeRow | undefined> {
  return db.get<EnrollmentCodeRow>(
    `SELECT e.fmp, f.active AS fmp_active, e.label, e.expires_at, e.used_at
     FROM enrollment_codes e JOIN fmps f ON f.code = e.fmp WHERE e.code_hash = ?`,
    [codeHash],
  );
}

/** False when the code was used meanwhile. */
export async function claimEnrollmentCode(
  db: SqlRunner,
  codeHash: string,
  usedAt: string,
  deviceId: string,
): Promise<boolean> {
  const changes = await db.run(
    'UPDATE enrollment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ? AND used_at IS NULL',
    [usedAt, deviceId, codeHash],
  );
  return changes === 1;
}
