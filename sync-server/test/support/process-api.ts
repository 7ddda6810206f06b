import type { z } from 'zod';
import { DeviceEnrollResponse, EnrollmentResponse, SessionResponse } from '../../../shared/api.ts';
import type { DeviceCredentials } from './sim-device.ts';
import { PROCESS_ADMIN_PASSWORD } from './server-process.ts';

async function post<T extends z.ZodType>(
  url: string,
  path: string,
  schema: T,
  body: unknown,
  token?: string,
): Promise<z.infer<T>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return schema.parse(await res.json());
}

export async function adminToken(url: string): Promise<string> {
  return (await post(url, '/sessions', SessionResponse, { username: 'admin', password: PROCESS_ADMIN_PASSWORD })).token;
}

/** Enrolls `count` devices at `fmp` over HTTP, as an officer and a tablet would. */
export async function enrollDevices(
  url: string,
  count: number,
  { fmp = 'MPONDWE', admin }: { fmp?: string; admin?: string } = {},
): Promise<DeviceCredentials[]> {
  admin ??= await adminToken(url);
  const devices: DeviceCredentials[] = [];
  for (let i = 0; i < count; i++) {
    const { code } = await post(url, '/enrollments', EnrollmentResponse, { fmp }, admin);
    devices.push(await post(url, '/devices/enroll', DeviceEnrollResponse, { code, label: `sim ${i + 1}` }));
  }
  return devices;
}
