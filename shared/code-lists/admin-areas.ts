import { iso31662 } from 'iso-3166';
import { UNKNOWN, alpha2Of } from './countries.ts';

export interface AdminArea {
  code: string;
  name: string;
  parent: string;
}

const byParent = new Map<string, AdminArea[]>();
const byCode = new Map<string, AdminArea>();
for (const area of iso31662) {
  byCode.set(area.code, area);
  byParent.set(area.parent, [...(byParent.get(area.parent) ?? []), area]);
}

/** First-level areas of a country, from ISO 3166-2: its regions, provinces or states. */
export function admin1Areas(countryAlpha3: string): AdminArea[] {
  const alpha2 = alpha2Of(countryAlpha3);
  return alpha2 ? (byParent.get(alpha2) ?? []) : [];
}

/** Second-level areas inside a first-level one, where ISO 3166-2 has them (the districts of a region, say). */
export function admin2Areas(admin1Code: string): AdminArea[] {
  return byParent.get(admin1Code) ?? [];
}

export function findAdminArea(code: string): AdminArea | undefined {
  return byCode.get(code);
}

export type AdminCheck = 'ok' | 'unknown-admin-area' | 'admin-area-mismatch';

/** UNK is always allowed; a country or area the lists do not subdivide accepts only UNK. */
export function checkAdmin1(code: string, countryAlpha3: unknown): AdminCheck {
  if (code === UNKNOWN) return 'ok';
  if (!byCode.has(code)) return 'unknown-admin-area';
  if (typeof countryAlpha3 !== 'string') return 'ok';
  return admin1Areas(countryAlpha3).some((a) => a.code === code) ? 'ok' : 'admin-area-mismatch';
}

export function checkAdmin2(code: string, admin1Code: unknown): AdminCheck {
  if (code === UNKNOWN) return 'ok';
  if (!byCode.has(code)) return 'unknown-admin-area';
  if (typeof admin1Code !== 'string' || admin1Code === UNKNOWN) return 'ok';
  return admin2Areas(admin1Code).some((a) => a.code === code) ? 'ok' : 'admin-area-mismatch';
}
