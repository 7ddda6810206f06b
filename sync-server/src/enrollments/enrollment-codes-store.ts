import type { Db } from '../db/database.ts';

export interface EnrollmentCodeRow {
  fmp: string;
  fmp_active: number;
  label: string | null;
  expires_at: string;
  used_at: string | null;
}

export function insertEnrollmentCode(
  db: Db, code: { codeHash: string; fmp: string; label: string | null; createdBy: number; createdAt: string; expiresAt: string },
): void {
  db.prepare(
    `INSERT INTO enrollment_codes (code_hash, fmp, label, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(code.codeHash, code.fmp, code.label, code.createdBy, code.createdAt, code.expiresAt);
}

/** The code with whether its FMP is still active. */
export function findEnrollmentCode(db: Db, codeHash: string): EnrollmentCodeRow | undefined {
  return db
    .prepare<[string], EnrollmentCodeRow>(
      `SELECT e.fmp, f.active AS fmp_active, e.label, e.expires_at, e.used_at
       FROM enrollment_codes e JOIN fmps f ON f.code = e.fmp WHERE e.code_hash = ?`,
    )
    .get(codeHash);
}

export function markEnrollmentCodeUsed(db: Db, codeHash: string, usedAt: string, deviceId: string): void {
  db.prepare('UPDATE enrollment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ?').run(usedAt, deviceId, codeHash);
}
