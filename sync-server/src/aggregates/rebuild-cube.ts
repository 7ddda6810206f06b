import type { Db } from '../db/database.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import { cubeChanges } from './fmr-cube.ts';

interface StoredFmr {
  fmp: string;
  data: string;
}

/** Recounts one FMP's rows of the aggregate tables from its records; run inside the caller's transaction. */
export function rebuildCubeForFmp(db: Db, fmp: string): void {
  db.prepare('DELETE FROM fmr_cube WHERE fmp = ?').run(fmp);
  db.prepare('DELETE FROM fmr_daily WHERE fmp = ?').run(fmp);
  db.prepare('DELETE FROM fmr_monthly WHERE fmp = ?').run(fmp);
  const cube = cubeChanges(db);
  for (const record of db.prepare<[string, string], StoredFmr>('SELECT fmp, data FROM records WHERE form = ? AND fmp = ?').iterate(FMR_FORM_ID, fmp)) {
    cube.add({ fmp: record.fmp, data: JSON.parse(record.data) as Record<string, unknown> }, 1);
  }
  cube.flush();
}
