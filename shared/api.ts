import { z } from 'zod';
import { Deployment } from './deployment.ts';
import type { FormDefinition } from './forms/types.ts';

export const API_PREFIX = '/api/v1';

export const ROLES = ['admin', 'officer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Case-folded; a safe path segment and file name (never `.` or `..`): the staff pages put it in URLs. */
const Username = z
  .string()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,31}$/,
    '2 to 32 letters a-z, digits, ".", "_" or "-", starting with a letter or digit',
  );

/** A password a user is given: long enough to resist guessing under the rate limits, never only spaces. */
export const NewPassword = z
  .string()
  .min(10, 'at least 10 characters')
  .max(1024)
  .refine((password) => password.trim().length > 0, 'not only whitespace');

export const SessionRequest = z.object({
  username: z.string().min(1).max(64).toLowerCase(),
  password: z.string().min(1).max(1024),
});
export const SessionResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({ username: z.string(), role: z.enum(ROLES) }),
});

export const CreateUserRequest = z.object({
  username: Username,
  password: NewPassword,
  role: z.enum(ROLES),
});

export const EnrollmentRequest = z.object({
  fmp: z.string().min(1),
  label: z.string().max(100).optional(),
});
export const EnrollmentResponse = z.object({ code: z.string(), expiresAt: z.string() });

export const DeviceEnrollRequest = z.object({
  code: z.string().min(1).max(32),
  label: z.string().max(100).optional(),
});
export const DeviceEnrollResponse = z.object({
  deviceId: z.string(),
  token: z.string(),
  fmp: z.string(),
});
export type DeviceEnrollResponse = z.infer<typeof DeviceEnrollResponse>;

/** Definitions travel as data (forms/types.ts); the device checks only their identity here. */
const FormDefinitionSummary = z.looseObject({
  id: z.string(),
  version: z.int().positive(),
  title: z.record(z.string(), z.string()),
  fields: z.array(z.looseObject({ name: z.string(), type: z.string() })),
  rules: z.array(z.looseObject({ code: z.string(), severity: z.enum(['error', 'warning']) })),
});

/** `forms` are as the deployment shows them: `{country}` already filled (forms/for-deployment.ts). */
export const ConfigResponse = z.object({
  forms: z.array(z.custom<FormDefinition>((value) => FormDefinitionSummary.safeParse(value).success)),
  fmps: z.array(z.object({ code: z.string(), name: z.string(), district: z.string(), timeZone: z.string() })),
  codeListVersion: z.string(),
  deployment: Deployment,
});
export type ConfigResponse = z.infer<typeof ConfigResponse>;
