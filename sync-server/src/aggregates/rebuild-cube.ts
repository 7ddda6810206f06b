import type { SqlRunner } from '../db/sql.ts';
import { FMR_FORM_ID } from '../../../shared/fmr.ts';
import { fmpTimeZones } from '../fmps/fmps-store.ts';
import { cubeChanges } from './fmr-cube.ts';

interface StoredFmr {
  id: string;
  fmp: string;
  data: string;
}

/** Records read per query: the recount never holds all of an FMP's records in memory. */
const PAGE = 2000;

/** Recounts one FMP's rows of the aggregate tables from its records; run inside the caller's transaction. */
export async function rebuildCubeForFmp(db: SqlRunner, fmp: string): Promise<void> {
  for (const table of ['fmr_cube', 'fmr_daily', 'fmr_monthly'])
    await db.run(`DELETE FROM ${table} WHERE fmp = ?`, [fmp]);
  const cube = cubeChanges(await fmpTimeZones(db));
  let after = '';
  for (;;) {
    const page = await db.all<StoredFmr>(
      'SELECT id, fmp, data FROM records WHERE form = ? AND fmp = ? AND id > ? ORDER BY id LIMIT ?',
      [FMR_FORM_ID, fmp, after, PAGE],
    );
    for (const record of page)
      cube.add({ fmp: record.fmp, data: JSON.parse(record.data) as Record<string, unknown> }, 1);
    await cube.flush(db);
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = last.id;
  }
}
