import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { CreateFmpRequest, FmpView, UpdateFmpRequest } from '../../../shared/staff-admin.ts';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { rebuildCubeForFmp } from '../aggregates/rebuild-cube.ts';
import { findFmp, insertFmp, updateFmp, type FmpRow } from './fmps-store.ts';
import { forUpdate } from '../db/row-locks.ts';
import { readDeployment } from '../deployment/deployment-store.ts';

export const fmpView = (f: FmpRow): FmpView => ({
  code: f.code,
  name: f.name,
  district: f.district,
  timeZone: f.time_zone,
  active: f.active === 1,
});

export async function createFmp(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  fmp: z.output<typeof CreateFmpRequest>,
): Promise<FmpView> {
  const created = await db.transaction(async (tx) => {
    const full = { ...fmp, timeZone: fmp.timeZone ?? (await readDeployment(tx)).timeZone };
    if (!(await insertFmp(tx, full))) throw new AppError(409, 'fmp-exists', `The FMP code ${fmp.code} exists.`);
    await writeAudit(tx, staff, at, { action: 'fmp.create', target: `fmp:${fmp.code}`, details: full });
    return full;
  });
  return fmpView({ ...created, time_zone: created.timeZone, active: 1 });
}

export async function changeFmp(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  code: string,
  change: z.output<typeof UpdateFmpRequest>,
): Promise<FmpView> {
  const updated = await db.transaction(async (tx) => {
    const fmp = await findFmp(tx, code);
    if (!fmp) throw new AppError(404, 'fmp-not-found', `No FMP ${code}.`);
    await updateFmp(tx, {
      code,
      name: change.name ?? fmp.name,
      district: change.district ?? fmp.district,
      time_zone: change.timeZone ?? fmp.time_zone,
      active: change.active === undefined ? fmp.active : Number(change.active),
    });
    // Local days move with the time zone: the FMP's aggregates are recounted, with its devices'
    // pushes held back meanwhile so that none is counted on the old days.
    if (change.timeZone && change.timeZone !== fmp.time_zone) {
      await tx.all(`SELECT id FROM devices WHERE fmp = ?${forUpdate(tx)}`, [code]);
      await rebuildCubeForFmp(tx, code);
    }
    await writeAudit(tx, staff, at, { action: 'fmp.update', target: `fmp:${code}`, details: change });
    return (await findFmp(tx, code)) ?? fmp;
  });
  return fmpView(updated);
}
