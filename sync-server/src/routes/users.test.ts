import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestServer,
  jsonRequest,
  login,
  authed,
  enrollDevice,
  ADMIN_PASSWORD,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { makeFmrData, makePushRecord } from '../../../shared/test/fixtures.ts';
import type { AggregatesResponse } from '../../../shared/aggregates.ts';
import type { UserView } from '../../../shared/staff-admin.ts';

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await makeTestServer();
  admin = await login(server);
});
afterEach(() => server.cleanup());

const PASSWORD = 'a long enough password';
const request = (method: string, path: string, body?: unknown, token = admin) =>
  server.app.request(
    `/api/v1${path}`,
    body === undefined ? { method, ...authed(token) } : jsonRequest(method, body, token),
  );

describe('user management', () => {
  it('lists users with their roles', async () => {
    await request('POST', '/users', { username: 'odile', password: PASSWORD, role: 'officer' });
    const { users } = (await (await request('GET', '/users')).json()) as { users: UserView[] };
    expect(users.map((u) => [u.username, u.role, u.disabled])).toEqual([
      ['admin', 'admin', false],
      ['odile', 'officer', false],
    ]);
  });

  it('changes a role and ends that user’s sessions', async () => {
    await request('POST', '/users', { username: 'odile', password: PASSWORD, role: 'officer' });
    const session = await login(server, 'odile', PASSWORD);
    const res = await request('PATCH', '/users/odile', { role: 'analyst' });
    expect(((await res.json()) as UserView).role).toBe('analyst');
    expect((await request('GET', '/devices', undefined, session)).status).toBe(401);
  });

  it('disables a user, who can no longer sign in', async () => {
    await request('POST', '/users', { username: 'odile', password: PASSWORD, role: 'officer' });
    await request('PATCH', '/users/odile', { disabled: true });
    await expect(login(server, 'odile', PASSWORD)).rejects.toThrow(/401/);
    await request('PATCH', '/users/odile', { disabled: false });
    await expect(login(server, 'odile', PASSWORD)).resolves.toBeTypeOf('string');
  });

  it.each([['..'], ['.hidden'], ['-dash'], ['a'], ['x'.repeat(33)], ['odile/x'], ['é']])(
    'refuses the username %j with 400 invalid-username',
    async (username) => {
      const res = await request('POST', '/users', { username, password: PASSWORD, role: 'officer' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid-username' } });
      expect(await server.db.get('SELECT count(*) AS n FROM users')).toEqual({ n: 1 });
    },
  );

  it('stores a username in lower case, and signs it in whatever its case', async () => {
    expect((await request('POST', '/users', { username: 'Odile.K', password: PASSWORD, role: 'officer' })).status).toBe(
      201,
    );
    expect((await request('POST', '/users', { username: 'odile.k', password: PASSWORD, role: 'officer' })).status).toBe(
      409,
    );
    await expect(login(server, 'ODILE.K', PASSWORD)).resolves.toBeTypeOf('string');
    expect((await request('PATCH', '/users/odile.k', { role: 'analyst' })).status).toBe(200);
  });

  it('refuses a password that is only whitespace with 400 invalid-password, on create and on change', async () => {
    const blank = ' \t'.repeat(8);
    const created = await request('POST', '/users', { username: 'odile', password: blank, role: 'officer' });
    expect(created.status).toBe(400);
    expect(await created.json()).toMatchObject({ error: { code: 'invalid-password' } });
    const changed = await request('PATCH', '/users/admin', { password: blank });
    expect(changed.status).toBe(400);
    expect(await changed.json()).toMatchObject({ error: { code: 'invalid-password' } });
    await expect(login(server, 'admin', ADMIN_PASSWORD)).resolves.toBeTypeOf('string');
  });

  it('refuses a password shorter than 10 characters with 400 invalid-password', async () => {
    const res = await request('POST', '/users', { username: 'odile', password: 'short', role: 'officer' });
    expect(await res.json()).toMatchObject({ error: { code: 'invalid-password' } });
  });

  it('never demotes or disables the last active admin', async () => {
    const res = await request('PATCH', '/users/admin', { role: 'officer' });
    expect(res.status).toBe(409);
    await expect(login(server, 'admin', ADMIN_PASSWORD)).resolves.toBeTypeOf('string');
  });

  it('writes sign-in, sign-out and user changes to the audit log', async () => {
    await request('POST', '/users', { username: 'odile', password: PASSWORD, role: 'officer' });
    const session = await login(server, 'odile', PASSWORD);
    await server.app.request('/api/v1/sessions/current', { method: 'DELETE', ...authed(session) });
    const { entries } = (await (await request('GET', '/audit?limit=3')).json()) as {
      entries: { action: string; username: string }[];
    };
    expect(entries.map((e) => [e.action, e.username])).toEqual([
      ['session.sign-out', 'odile'],
      ['session.sign-in', 'odile'],
      ['user.create', 'admin'],
    ]);
  });
});

describe('the FMP list', () => {
  it('adds an FMP that enrollment then accepts', async () => {
    const res = await request('POST', '/fmps', { code: 'KYEHUNGU', name: 'Kyehungu', district: 'Kisoro' });
    expect(res.status).toBe(201);
    expect((await request('POST', '/enrollments', { fmp: 'KYEHUNGU' })).status).toBe(201);
    expect((await request('POST', '/fmps', { code: 'KYEHUNGU', name: 'Again', district: 'Kisoro' })).status).toBe(409);
  });

  it('retires an FMP: no new enrollment there', async () => {
    await request('PATCH', '/fmps/GOLI', { active: false });
    expect((await request('POST', '/enrollments', { fmp: 'GOLI' })).status).toBe(400);
  });

  it('refuses with 409 enrollment-fmp-inactive a code made before its FMP was retired, and keeps the code unused', async () => {
    const { code } = (await (await request('POST', '/enrollments', { fmp: 'GOLI' })).json()) as { code: string };
    await request('PATCH', '/fmps/GOLI', { active: false });
    const res = await server.app.request('/api/v1/devices/enroll', jsonRequest('POST', { code }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'enrollment-fmp-inactive' } });
    expect(await server.db.get('SELECT count(*) AS n FROM devices')).toEqual({ n: 0 });
    await request('PATCH', '/fmps/GOLI', { active: true });
    expect((await server.app.request('/api/v1/devices/enroll', jsonRequest('POST', { code }))).status).toBe(201);
  });

  it('recounts the FMP’s aggregates by its new local days when its time zone changes', async () => {
    const device = await enrollDevice(server, 'GOLI');
    // 00:30 in Kampala is still the evening before in Kinshasa (UTC+1).
    await pushRecords(server, device, [
      makePushRecord({ data: makeFmrData({ fmp: 'GOLI', observed_at: '2026-11-18T00:30:00+03:00' }) }),
    ]);
    const days = async () =>
      ((await (await request('GET', '/aggregates?by=day&fmp=GOLI')).json()) as AggregatesResponse).rows.map(
        (r) => r.day,
      );
    expect(await days()).toEqual(['2026-11-18']);
    await request('PATCH', '/fmps/GOLI', { timeZone: 'Africa/Kinshasa' });
    expect(await days()).toEqual(['2026-11-17']);
  });

  it.each([
    [{ code: 'lower', name: 'x', district: 'y' }],
    [{ code: 'OK', name: 'x', district: 'y', timeZone: 'Mars/Olympus' }],
  ])('refuses %j', async (body) => {
    expect((await request('POST', '/fmps', body)).status).toBe(400);
  });
});
