import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { runServerUntilExit } from './support/server-process.ts';
import { freePort } from './support/free-port.ts';
import { findPostgresBinaries, startThrowawayCluster, type ThrowawayCluster } from './support/throwaway-cluster.ts';

/** Characters a URL must percent-encode: the password must show up in neither form. */
const SECRET = 'Sekr3t p@ss/w:rd%';
const ENCODED_SECRET = encodeURIComponent(SECRET);

const withDatabase = (url: string, database: string) =>
  Object.assign(new URL(url), { pathname: `/${database}` }).toString();
const withCredentials = (url: string, user: string, password: string) =>
  Object.assign(new URL(url), { username: user, password: encodeURIComponent(password) }).toString();

describe('a FMP_DATABASE_URL the server cannot use', () => {
  // The test PostgreSQL trusts every local connection, whatever the password: the wrong password is
  // tried on a cluster of its own that asks for one.
  let guarded: ThrowawayCluster;
  beforeAll(async () => {
    const binaries = findPostgresBinaries();
    if (!binaries)
      throw new Error(
        'initdb and pg_ctl are needed for a PostgreSQL that asks for a password (apt-get install postgresql)',
      );
    guarded = await startThrowawayCluster(binaries, { password: 'the right password' });
  });
  afterAll(() => guarded.stop());

  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'nothing listens at its host and port',
      async () => `postgres://fmp:${ENCODED_SECRET}@127.0.0.1:${await freePort()}/fmp`,
      /ECONNREFUSED/,
    ],
    [
      'the password is wrong',
      () => Promise.resolve(withCredentials(guarded.url, 'postgres', SECRET)),
      /password authentication failed for user "postgres"/,
    ],
    [
      'its user does not exist',
      () => Promise.resolve(withCredentials(inject('postgresAdminUrl'), 'fmp_nobody', SECRET)),
      /role "fmp_nobody" does not exist/,
    ],
    [
      'its database does not exist',
      () => {
        const missing = `fmp_missing_${randomBytes(4).toString('hex')}`;
        return Promise.resolve(withDatabase(withCredentials(inject('postgresAdminUrl'), 'postgres', SECRET), missing));
      },
      /database "fmp_missing_[0-9a-f]+" does not exist/,
    ],
    [
      'it is not a postgres:// URL',
      () => Promise.resolve(`mysql://fmp:${ENCODED_SECRET}@127.0.0.1:3306/fmp`),
      /must be a postgres:\/\/ URL/,
    ],
  ];

  it.each(cases)(
    'stops the server at start when %s: one line naming the variable, never the password',
    async (_, url, reason) => {
      const exit = await runServerUntilExit({ FMP_DATABASE_URL: await url() });
      expect(exit.code).toBe(1);
      expect(exit.stdout).toBe('');
      const lines = exit.stderr.trimEnd().split('\n');
      expect(lines, exit.stderr).toHaveLength(1);
      expect(lines[0]).toContain('FMP_DATABASE_URL');
      expect(lines[0]).toMatch(reason);
      expect(exit.stderr).not.toContain(SECRET);
      expect(exit.stderr).not.toContain(ENCODED_SECRET);
    },
  );
});
