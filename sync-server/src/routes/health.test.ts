import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestServer, type TestServer } from '../../test/support/test-server.ts';
import { testEngine } from '../../test/support/test-database.ts';
import { latestSchemaVersion } from '../db/migrate.ts';
import { APP_VERSION } from '../version.ts';

let server: TestServer;
beforeEach(async () => {
  server = await makeTestServer();
});
afterEach(() => server.cleanup());

describe('GET /api/v1/health', () => {
  it('keeps the v1 fields and adds the schema version and that the database answers', async () => {
    const res = await server.app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: APP_VERSION,
      db: testEngine(),
      database: 'answering',
      schemaVersion: latestSchemaVersion(),
      latestSchemaVersion: latestSchemaVersion(),
    });
  });

  it('answers 503 when the database does not', async () => {
    await server.db.close();
    const res = await server.app.request('/api/v1/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'unavailable',
      db: testEngine(),
      database: 'not-answering',
      schemaVersion: null,
    });
  });
});
