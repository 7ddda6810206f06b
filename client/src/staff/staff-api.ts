/** Staff sessions are Bearer tokens kept in sessionStorage (decision 0033): gone when the tab closes. */
const TOKEN_KEY = 'fmp-staff-session';

export interface Session {
  token: string;
  expiresAt: string;
  user: { username: string; role: 'admin' | 'officer' | 'analyst' };
}

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return new Date(session.expiresAt) > new Date() ? session : null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(TOKEN_KEY);
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A body sent as it is (a file), with its own media type, rather than as JSON. */
interface RawBody {
  type: string;
  bytes: ArrayBuffer;
}

async function call(path: string, init: { method?: string; body?: unknown; raw?: RawBody } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  const session = loadSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (init.raw) headers['Content-Type'] = init.raw.type;
  else if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw ? init.raw.bytes : init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.ok) return res;
  const failure = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (res.status === 401) saveSession(null);
  throw new ApiFailure(res.status, failure?.error?.code ?? 'http-error', failure?.error?.message ?? res.statusText);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await call(path, init);
  return (res.status === 204 ? null : await res.json()) as T;
}

/** Posts a file's bytes with its media type: an XLSForm workbook or a JSON definition. */
export async function upload<T>(path: string, raw: RawBody): Promise<T> {
  return (await (await call(path, { method: 'POST', raw })).json()) as T;
}

/** A CSV needs the Bearer header, so it is fetched and handed to the browser as a file. */
export async function download(path: string, filename: string): Promise<void> {
  const blob = await (await call(path)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}
