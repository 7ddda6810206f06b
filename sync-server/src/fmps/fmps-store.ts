import type { Db } from '../db/database.ts';
import type { ConfigResponse } from '../../../shared/api.ts';

export interface FmpRow {
  code: string;
  name: string;
  district: string;
  time_zone: string;
  active: number;
}

const FMP_COLUMNS = 'code, name, district, time_zone, active';

export function listFmps(db: Db): FmpRow[] {
  return db.prepare<[], FmpRow>(`SELECT ${FMP_COLUMNS} FROM fmps ORDER BY code`).all();
}

/** The FMPs a device may choose from, as `/config` answers them. */
export function listActiveFmps(db: Db): ConfigResponse['fmps'] {
  return db
    .prepare<[], ConfigResponse['fmps'][number]>(
      'SELECT code, name, district, time_zone AS timeZone FROM fmps WHERE active = 1 ORDER BY code',
    )
    .all();
}

/** Every FMP code, retired ones included: what a record's `fmp` may name. */
export function fmpCodes(db: Db): Set<string> {
  return new Set(db.prepare<[], string>('SELECT code FROM fmps').pluck().all());
}

export function findFmp(db: Db, code: string): FmpRow | undefined {
  return db.prepare<[string], FmpRow>(`SELECT ${FMP_COLUMNS} FROM fmps WHERE code = ?`).get(code);
}

export function isActiveFmp(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM fmps WHERE code = ? AND active = 1').get(code) !== undefined;
}

/** False when the code is taken: nothing is written then. */
export function insertFmp(db: Db, fmp: { code: string; name: string; district: string; timeZone: string }): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO fmps (code, name, district, time_zone) VALUES (?, ?, ?, ?)')
    .run(fmp.code, fmp.name, fmp.district, fmp.timeZone);
  return result.changes === 1;
}

export function updateFmp(db: Db, fmp: FmpRow): void {
  db.prepare('UPDATE fmps SET name = ?, district = ?, time_zone = ?, active = ? WHERE code = ?').run(
    fmp.name, fmp.district, fmp.time_zone, fmp.active, fmp.code,
  );
}
