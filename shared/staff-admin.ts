import { z } from 'zod';
import { NewPassword, ROLES } from './api.ts';
import { TimeZone } from './time-zone.ts';

export const UserView = z.object({
  username: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof UserView>;

/** Disabling a user or changing a role ends that user's sessions. */
export const UpdateUserRequest = z
  .object({
    role: z.enum(ROLES).optional(),
    password: NewPassword.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'change at least one of role, password, disabled');

export const FmpView = z.object({
  code: z.string(),
  name: z.string(),
  district: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
});
export type FmpView = z.infer<typeof FmpView>;

export const CreateFmpRequest = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, 'upper-case letters, digits and _'),
  name: z.string().trim().min(1).max(100),
  district: z.string().trim().min(1).max(100),
  /** Absent: the deployment's time zone. */
  timeZone: TimeZone.optional(),
});

/** The code never changes: records refer to it. Retire an FMP with `active: false`. */
export const UpdateFmpRequest = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    district: z.string().trim().min(1).max(100).optional(),
    timeZone: TimeZone.optional(),
    active: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'change at least one field');
