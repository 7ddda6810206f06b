import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import { Deployment } from '../../../shared/deployment.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { readDeployment, writeDeployment } from './deployment-store.ts';

/** Which part of a refused deployment the error code names, so the staff page can say it in the person's language. */
const CODE_BY_FIELD: Readonly<Record<string, string>> = {
  country: 'unknown-country',
  timeZone: 'unknown-time-zone',
  neighbours: 'invalid-neighbours',
};

export function checkDeployment(input: unknown): Deployment {
  const parsed = Deployment.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = details[0];
  const code = CODE_BY_FIELD[first?.path.split('.')[0] ?? ''] ?? 'invalid-request';
  const where = first?.path ? `${first.path}: ` : '';
  throw new AppError(400, code, `${where}${first?.message ?? 'not a deployment'}`, details);
}

/** FMPs keep their own time zones: the deployment's is what new FMPs and the staff calendar take. */
export async function setDeployment(db: Sql, staff: StaffPrincipal, at: Date, next: Deployment): Promise<Deployment> {
  return db.transaction(async (tx) => {
    const before = await readDeployment(tx);
    await writeDeployment(tx, next);
    await writeAudit(tx, staff, at, {
      action: 'deployment.update',
      target: 'deployment',
      details: { before, after: next },
    });
    return next;
  });
}
