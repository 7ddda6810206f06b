import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { EnrollmentRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { hashToken, newEnrollmentCode } from '../auth/tokens.ts';
import { writeAudit } from '../audit/audit-log.ts';

const ENROLLMENT_CODE_HOURS = 24;

export function enrollmentRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>().post('/', requireAuth(deps, 'admin', 'officer'), async (c) => {
    const { fmp, label } = await parseBody(c, EnrollmentRequest);
    const known = db.prepare('SELECT 1 FROM fmps WHERE code = ? AND active = 1').get(fmp);
    if (!known) throw new AppError(400, 'unknown-fmp', `"${fmp}" is not an active FMP code.`);
    const code = newEnrollmentCode();
    const createdAt = now();
    const expiresAt = new Date(createdAt.getTime() + ENROLLMENT_CODE_HOURS * 3600_000).toISOString();
    const staff = staffOf(c.var.principal);
    db.transaction(() => {
      db.prepare(
        `INSERT INTO enrollment_codes (code_hash, fmp, label, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(hashToken(code), fmp, label ?? null, staff.userId, createdAt.toISOString(), expiresAt);
      writeAudit(db, staff, createdAt, { action: 'enrollment.create', target: `fmp:${fmp}`, details: { label: label ?? null, expiresAt } });
    })();
    return c.json({ code, expiresAt }, 201);
  });
}
