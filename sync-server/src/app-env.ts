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

export interface AppEnv {
  Variables: { principal: Principal; requestId: string };
}
