import type { Db } from '../db/database.ts';
import { cubeWriter, type CubeRecord } from './fmr-cube.ts';

/** Recounts one FMP's rows of the aggregate tables from its records; run inside the caller's transaction. */
export function rebuildCubeForFmp(db: Db, fmp: string): void {
  db.prepare('DELETE FROM fmr_cube WHERE fmp = ?').run(fmp);
  db.prepare('DELETE FROM fmr_daily WHERE fmp = ?').run(fmp);
  db.prepare('DELETE FROM fmr_monthly WHERE fmp = ?').run(fmp);
  const add = cubeWriter(db);
  for (const record of db.prepare<[string], CubeRecord>("SELECT fmp, data FROM records WHERE form = 'fmr' AND fmp = ?").all(fmp)) {
    add(record, 1);
  }
}
