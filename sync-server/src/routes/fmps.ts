import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateFmpRequest, UpdateFmpRequest, type FmpView } from '../../../shared/staff-admin.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { rebuildCubeForFmp } from '../aggregates/rebuild-cube.ts';

interface FmpRow {
  code: string;
  name: string;
  district: string;
  time_zone: string;
  active: number;
}

const toView = (f: FmpRow): FmpView => ({ code: f.code, name: f.name, district: f.district, timeZone: f.time_zone, active: f.active === 1 });

/** The FMP list: every staff member reads it, the admin edits it; devices get the active ones in /config. */
export function fmpRoutes(deps: Deps) {
  const { db, now } = deps;
  const admin = requireAuth(deps, 'admin');
  const findFmp = db.prepare<[string], FmpRow>('SELECT code, name, district, time_zone, active FROM fmps WHERE code = ?');
  return new Hono<AppEnv>()
    .get('/', requireAuth(deps, 'admin', 'officer', 'analyst'), (c) => {
      const fmps = db.prepare<[], FmpRow>('SELECT code, name, district, time_zone, active FROM fmps ORDER BY code').all();
      return c.json({ fmps: fmps.map(toView) });
    })
    .post('/', admin, async (c) => {
      const fmp = await parseBody(c, CreateFmpRequest);
      const at = now();
      db.transaction(() => {
        const result = db
          .prepare('INSERT OR IGNORE INTO fmps (code, name, district, time_zone) VALUES (?, ?, ?, ?)')
          .run(fmp.code, fmp.name, fmp.district, fmp.timeZone);
        if (result.changes === 0) throw new AppError(409, 'fmp-exists', `The FMP code ${fmp.code} exists.`);
        writeAudit(db, staffOf(c.var.principal), at, { action: 'fmp.create', target: `fmp:${fmp.code}`, details: fmp });
      }).immediate();
      return c.json(toView({ ...fmp, time_zone: fmp.timeZone, active: 1 }), 201);
    })
    .patch('/:code', admin, async (c) => {
      const change = await parseBody(c, UpdateFmpRequest);
      const code = c.req.param('code');
      const at = now();
      const updated = db.transaction(() => {
        const fmp = findFmp.get(code);
        if (!fmp) throw new AppError(404, 'fmp-not-found', `No FMP ${code}.`);
        db.prepare('UPDATE fmps SET name = ?, district = ?, time_zone = ?, active = ? WHERE code = ?').run(
          change.name ?? fmp.name, change.district ?? fmp.district, change.timeZone ?? fmp.time_zone,
          change.active === undefined ? fmp.active : Number(change.active), code,
        );
        // Local days move with the time zone: the FMP's aggregates are recounted.
        if (change.timeZone && change.timeZone !== fmp.time_zone) rebuildCubeForFmp(db, code);
        writeAudit(db, staffOf(c.var.principal), at, { action: 'fmp.update', target: `fmp:${code}`, details: change });
        return findFmp.get(code) ?? fmp;
      }).immediate();
      return c.json(toView(updated));
    });
}
