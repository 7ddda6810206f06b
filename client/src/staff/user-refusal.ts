import { ApiFailure } from './staff-api.ts';

const BY_CODE = {
  'invalid-username': 'staff-admin.invalidUsername',
  'invalid-password': 'staff-admin.invalidPassword',
  'invalid-webhook-url': 'staff-admin.invalidWebhookUrl',
  'invalid-webhook-secret': 'staff-admin.invalidWebhookSecret',
} as const;

export type UserRefusalKey = (typeof BY_CODE)[keyof typeof BY_CODE];

/** The staff string that explains a refused username, password or webhook in the reader's language; null for any other error. */
export function userRefusalKey(err: unknown): UserRefusalKey | null {
  if (!(err instanceof ApiFailure) || !Object.hasOwn(BY_CODE, err.code)) return null;
  return BY_CODE[err.code as keyof typeof BY_CODE];
}
