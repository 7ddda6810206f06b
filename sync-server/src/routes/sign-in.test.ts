import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scrypt, type ScryptOptions } from 'node:crypto';
import type * as Crypto from 'node:crypto';
import {
  makeTestServer,
  jsonRequest,
  login,
  TEST_PASSWORD_COST,
  type TestServer,
} from '../../test/support/test-server.ts';
import { hashPassword } from '../auth/password.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return { ...actual, scrypt: vi.fn(actual.scrypt) };
});

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

const PASSWORD = 'a long enough password';

const signIn = (username: string, password: string) =>
  server.app.request('/api/v1/sessions', jsonRequest('POST', { username, password }));

/** The scrypt costs a sign-in derived keys with, and how long it took. */
async function derivations(username: string, password: string) {
  vi.mocked(scrypt).mockClear();
  const started = performance.now();
  const res = await signIn(username, password);
  const ms = performance.now() - started;
  const costs = vi.mocked(scrypt).mock.calls.map((call) => {
    const { N, r, p } = call[3] as ScryptOptions;
    return { N, r, p };
  });
  return { status: res.status, costs, ms };
}

async function addUser(username: string, cost = TEST_PASSWORD_COST) {
  const hash = await hashPassword(PASSWORD, cost);
  await server.db.run("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, 'officer', ?)", [
    username,
    hash,
    new Date().toISOString(),
  ]);
}

describe('sign-in work', () => {
  it('derives one key of the same cost for an unknown username as for a known one with a wrong password', async () => {
    await addUser('odile');
    await signIn('nobody-warm-up', 'wrong password');
    const known = await derivations('odile', 'wrong password');
    const unknown = await derivations('nobody', 'wrong password');
    expect(known).toMatchObject({ status: 401, costs: [TEST_PASSWORD_COST] });
    expect(unknown).toMatchObject({ status: 401, costs: [TEST_PASSWORD_COST] });
  });

  it('derives one key of the same cost for a disabled user as for an active one', async () => {
    await addUser('odile');
    await addUser('dora');
    await server.db.run("UPDATE users SET disabled_at = '2026-01-01T00:00:00Z' WHERE username = 'dora'");
    await signIn('nobody-warm-up', 'wrong password');
    expect(await derivations('dora', PASSWORD)).toMatchObject({ status: 401, costs: [TEST_PASSWORD_COST] });
    expect(await derivations('odile', 'wrong password')).toMatchObject({ status: 401, costs: [TEST_PASSWORD_COST] });
  });

  it('writes each failed sign-in to the audit log with the username and address tried, never the password', async () => {
    server.cleanup();
    server = await makeTestServer({ trustProxy: true });
    await addUser('odile');
    const from = (ip: string, username: string, password: string) =>
      server.app.request('/api/v1/sessions', {
        ...jsonRequest('POST', { username, password }),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      });
    expect((await from('203.0.113.7', 'odile', 'secret guess 1')).status).toBe(401);
    expect((await from('2001:db8::9', 'Nobody', 'secret guess 2')).status).toBe(401);
    const rows = await server.db.all(
      `SELECT CASE WHEN user_id IS NULL THEN 0 ELSE 1 END AS known, username, action, details FROM audit_log
       WHERE action = 'session.sign-in-failed' ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        known: 1,
        username: 'odile',
        action: 'session.sign-in-failed',
        details: JSON.stringify({ address: '203.0.113.7', reason: 'wrong-password' }),
      },
      {
        known: 0,
        username: 'nobody',
        action: 'session.sign-in-failed',
        details: JSON.stringify({ address: '2001:db8::9', reason: 'unknown-user' }),
      },
    ]);
    expect(JSON.stringify(await server.db.all('SELECT * FROM audit_log'))).not.toMatch(/secret guess/);
  });

  it('signs in with a hash of an older, lower cost and stores it again at the current cost', async () => {
    await addUser('odile', { N: 2 ** 12, r: 8, p: 1 });
    await expect(login(server, 'odile', PASSWORD)).resolves.toBeTypeOf('string');
    const { password_hash } = (await server.db.get("SELECT password_hash FROM users WHERE username = 'odile'")) as {
      password_hash: string;
    };
    expect(password_hash).toMatch(new RegExp(`^scrypt\\$${TEST_PASSWORD_COST.N}\\$8\\$1\\$`));
    await expect(login(server, 'odile', PASSWORD)).resolves.toBeTypeOf('string');
  });
});
