import type { Role } from '../../shared/api.ts';

export interface StaffPrincipal {
  kind: 'staff';
  userId: number;
  username: string;
  role: Role;
}

interface DevicePrincipal {
  kind: 'device';
  deviceId: string;
  fmp: string;
}

export type Principal = StaffPrincipal | DevicePrincipal;

/** Who reads the OData feed: a staff member, or a feed token, which reads as the role it was made for. */
export interface FeedReader {
  role: Role;
  actor: { userId: number | null; username: string };
}

export interface AppEnv {
  Variables: { principal: Principal; requestId: string; feedReader: FeedReader };
}
