import type { SqlRunner } from '../db/sql.ts';
import type { ConfigResponse } from '../../../shared/api.ts';

export interface FmpRow {
  code: string;
  name: string;
  district: string;
  time_zone: string;
  active: number;
}

const FMP_COLUMNS = 'code, name, district, time_zone, active';

export function listFmps(db: SqlRunner): Promise<FmpRow[]> {
  return db.all<FmpRow>(`SELECT ${FMP_COLUMNS} FROM fmps ORDER BY code`);
}

/** The FMPs a device may choose from, as `/config` answers them. */
export function listActiveFmps(db: SqlRunner): Promise<ConfigResponse['fmps']> {
  return db.all<ConfigResponse['fmps'][number]>(
    'SELECT code, name, district, time_zone AS "timeZone" FROM fmps WHERE active = 1 ORDER BY code',
  );
}

/** Every FMP code, retired ones included: what a record's `fmp` may name. */
export async function fmpCodes(db: SqlRunner): Promise<Set<string>> {
  return new Set((await db.all<{ code: string }>('SELECT code FROM fmps')).map((row) => row.code));
}

/** The codes of the FMPs in use now. */
export async function activeFmpCodes(db: SqlRunner): Promise<Set<string>> {
  return new Set((await db.all<{ code: string }>('SELECT code FROM fmps WHERE active = 1')).map((row) => row.code));
}

/** Each FMP's time zone, by code. */
export async function fmpTimeZones(db: SqlRunner): Promise<Map<string, string>> {
  return new Map(
    (await db.all<{ code: string; time_zone: string }>('SELECT code, time_zone FROM fmps')).map((f) => [
      f.code,
      f.time_zone,
    ]),
  );
}

export function findFmp(db: SqlRunner, code: string): Promise<FmpRow | undefined> {
  return db.get<FmpRow>(`SELECT ${FMP_COLUMNS} FROM fmps WHERE code = ?`, [code]);
}

export async function isActiveFmp(db: SqlRunner, code: string): Promise<boolean> {
  return (await db.get('SELECT 1 FROM fmps WHERE code = ? AND active = 1', [code])) !== undefined;
}

/** False when the code is taken: nothing is written then. */
export async function insertFmp(
  db: SqlRunner,
  fmp: { code: string; name: string; district: string; timeZone: string },
): Promise<boolean> {
  const changes = await db.run(
    'INSERT INTO fmps (code, name, district, time_zone) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    [fmp.code, fmp.name, fmp.district, fmp.timeZone],
  );
  return changes === 1;
}

export async function updateFmp(db: SqlRunner, fmp: FmpRow): Promise<void> {
  await db.run('UPDATE fmps SET name = ?, district = ?, time_zone = ?, active = ? WHERE code = ?', [
    fmp.name,
    fmp.district,
    fmp.time_zone,
    fmp.active,
    fmp.code,
  ]);
}
