import type { Database } from '../../src/db/connect-database.ts';
import { newTestDatabase } from './test-database.ts';
import { bootstrapAdmin } from '../../src/auth/bootstrap-admin.ts';
import { createApp, type AppOptions } from '../../src/app.ts';
import type { Role } from '../../../shared/api.ts';
import type { ScryptCost } from '../../src/auth/password.ts';

export const ADMIN_PASSWORD = 'correct horse battery';

/** Far below `PASSWORD_COST`, so that the many sign-ins of the tests stay quick. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

export interface TestServer {
  app: ReturnType<typeof createApp>;
  db: Database;
  clock: { now: Date };
  cleanup: () => Promise<void>;
}

export type TestServerOptions = Pick<
  AppOptions,
  'rateLimits' | 'clientKey' | 'trustProxy' | 'metricsToken' | 'officersPublishForms' | 'xlsxRowLimit' | 'odataPageSize'
>;

/**
 * The real app on a fresh database of the project's engine (a SQLite file in a temp folder, or a new
 * PostgreSQL database); requests go through `app.request()`.
 */
export async function makeTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { db, cleanup } = await newTestDatabase();
  await bootstrapAdmin(db, ADMIN_PASSWORD, new Date(), TEST_PASSWORD_COST);
  const clock = { now: new Date('2026-11-20T10:00:00Z') };
  const app = createApp({ ...options, db, now: () => clock.now, passwordCost: TEST_PASSWORD_COST });
  return { app, db, clock, cleanup };
}

export function jsonRequest(method: string, body: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { method, headers, body: JSON.stringify(body) };
}

export function authed(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` } };
}

export async function login(server: TestServer, username = 'admin', password = ADMIN_PASSWORD): Promise<string> {
  const res = await server.app.request('/api/v1/sessions', jsonRequest('POST', { username, password }));
  if (res.status !== 201) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function createStaff(server: TestServer, role: Role): Promise<string> {
  const admin = await login(server);
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  const password = 'a long enough password';
  const res = await server.app.request('/api/v1/users', jsonRequest('POST', { username, password, role }, admin));
  if (res.status !== 201) throw new Error(`create user failed: ${res.status}`);
  return login(server, username, password);
}

export async function enrollDevice(server: TestServer, fmp = 'MPONDWE'): Promise<{ deviceId: string; token: string }> {
  const admin = await login(server);
  const codeRes = await server.app.request('/api/v1/enrollments', jsonRequest('POST', { fmp }, admin));
  const { code } = (await codeRes.json()) as { code: string };
  const res = await server.app.request('/api/v1/devices/enroll', jsonRequest('POST', { code, label: 'tablet' }));
  return (await res.json()) as { deviceId: string; token: string };
}
