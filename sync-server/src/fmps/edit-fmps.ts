import type { Db } from '../db/database.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { CreateFmpRequest, FmpView, UpdateFmpRequest } from '../../../shared/staff-admin.ts';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { rebuildCubeForFmp } from '../aggregates/rebuild-cube.ts';
import { findFmp, insertFmp, updateFmp, type FmpRow } from './fmps-store.ts';

export const fmpView = (f: FmpRow): FmpView => ({ code: f.code, name: f.name, district: f.district, timeZone: f.time_zone, active: f.active === 1 });

export function createFmp(db: Db, staff: StaffPrincipal, at: Date, fmp: z.output<typeof CreateFmpRequest>): FmpView {
  db.transaction(() => {
    if (!insertFmp(db, fmp)) throw new AppError(409, 'fmp-exists', `The FMP code ${fmp.code} exists.`);
    writeAudit(db, staff, at, { action: 'fmp.create', target: `fmp:${fmp.code}`, details: fmp });
  }).immediate();
  return fmpView({ ...fmp, time_zone: fmp.timeZone, active: 1 });
}

export function changeFmp(db: Db, staff: StaffPrincipal, at: Date, code: string, change: z.output<typeof UpdateFmpRequest>): FmpView {
  const updated = db.transaction(() => {
    const fmp = findFmp(db, code);
    if (!fmp) throw new AppError(404, 'fmp-not-found', `No FMP ${code}.`);
    updateFmp(db, {
      code, name: change.name ?? fmp.name, district: change.district ?? fmp.district, time_zone: change.timeZone ?? fmp.time_zone,
      active: change.active === undefined ? fmp.active : Number(change.active),
    });
    // Local days move with the time zone: the FMP's aggregates are recounted.
    if (change.timeZone && change.timeZone !== fmp.time_zone) rebuildCubeForFmp(db, code);
    writeAudit(db, staff, at, { action: 'fmp.update', target: `fmp:${code}`, details: change });
    return findFmp(db, code) ?? fmp;
  }).immediate();
  return fmpView(updated);
}
