import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { configuredAdminUrl, findTestPostgres, whyNoAnswer } from './postgres-server.ts';

const configured = process.env.FMP_TEST_DATABASE_URL;
afterEach(() => {
  if (configured === undefined) delete process.env.FMP_TEST_DATABASE_URL;
  else process.env.FMP_TEST_DATABASE_URL = configured;
});

/** A port of 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

describe('the PostgreSQL the tests use', () => {
  it('is the configured one when it answers', async () => {
    const postgres = await findTestPostgres();
    try {
      expect(postgres.url).toBe(configuredAdminUrl());
      expect(postgres.description).toMatch(/^the one at postgres:\/\//);
    } finally {
      postgres.stop();
    }
    expect(await whyNoAnswer(configuredAdminUrl())).toBeUndefined();
  });

  it('is a throwaway cluster when the configured one does not answer, gone after stop', async () => {
    const nowhere = `postgres://postgres@127.0.0.1:${await closedPort()}/postgres`;
    process.env.FMP_TEST_DATABASE_URL = nowhere;
    const postgres = await findTestPostgres();
    try {
      expect(postgres.url).not.toBe(nowhere);
      expect(postgres.description).toMatch(
        /^a throwaway one at postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres from .*initdb, in .*ECONNREFUSED/,
      );
      expect(await whyNoAnswer(postgres.url)).toBeUndefined();
    } finally {
      postgres.stop();
    }
    expect(await whyNoAnswer(postgres.url, 1000)).toMatch(/ECONNREFUSED/);
  });

  it('hides the password of a configured URL in what it says', async () => {
    process.env.FMP_TEST_DATABASE_URL = `postgres://someone:secret@127.0.0.1:${await closedPort()}/postgres`;
    const postgres = await findTestPostgres();
    postgres.stop();
    expect(postgres.description).toContain('someone:***@');
    expect(postgres.description).not.toContain('secret');
  });
});
