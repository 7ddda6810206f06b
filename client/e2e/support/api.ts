import { PROCESS_ADMIN_PASSWORD } from '../../../sync-server/test/support/server-process.ts';

export async function api<T>(
  url: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const res = await fetch(`${url}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function adminToken(url: string): Promise<string> {
  const res = await api<{ token: string }>(url, '/sessions', {
    method: 'POST',
    body: { username: 'admin', password: PROCESS_ADMIN_PASSWORD },
  });
  if (res.status !== 201) throw new Error(`admin login failed: ${res.status}`);
  return res.body.token;
}

export async function enrollmentCode(url: string, token: string, fmp: string): Promise<string> {
  const res = await api<{ code: string }>(url, '/enrollments', { method: 'POST', token, body: { fmp } });
  if (res.status !== 201) throw new Error(`enrollment failed: ${res.status}`);
  return res.body.code;
}

/** A tablet enrolled over the API at `fmp`, as the app would do with a code the officer made. */
export async function enrolledDevice(
  url: string,
  admin: string,
  fmp: string,
  label = 'tablet',
): Promise<{ deviceId: string; token: string }> {
  const code = await enrollmentCode(url, admin, fmp);
  const res = await api<{ deviceId: string; token: string }>(url, '/devices/enroll', {
    method: 'POST',
    body: { code, label },
  });
  if (res.status !== 201) throw new Error(`device enrollment failed: ${res.status}`);
  return res.body;
}

export async function exportText(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/exports/fmr.csv`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export failed: ${res.status}`);
  return res.text();
}
