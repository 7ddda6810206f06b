import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestDatabase } from '../../test/support/test-database.ts';
import {
  ADMIN_PASSWORD,
  TEST_PASSWORD_COST,
  authed,
  enrollDevice,
  login,
  type TestServer,
} from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { bootstrapAdmin } from '../auth/bootstrap-admin.ts';
import { connectDatabase, type Database } from '../db/connect-database.ts';
import { createApp } from '../app.ts';
import { makeFmsData, makePushRecord } from '../../../shared/test/fixtures.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import type { ConfigResponse } from '../../../shared/api.ts';

/** Two servers, each with its own connection to one database, as two processes behind a load balancer. */
let first: TestServer;
let second: TestServer;
let secondDb: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const made = await newTestDatabase();
  cleanup = made.cleanup;
  await bootstrapAdmin(made.db, ADMIN_PASSWORD, new Date(), TEST_PASSWORD_COST);
  secondDb = await connectDatabase(made.location);
  const clock = { now: new Date('2026-11-20T10:00:00Z') };
  const server = (db: Database): TestServer => ({
    app: createApp({ db, now: () => clock.now, passwordCost: TEST_PASSWORD_COST }),
    db,
    clock,
    cleanup: () => Promise.resolve(),
  });
  first = server(made.db);
  second = server(secondDb);
});
afterAll(async () => {
  await secondDb.close();
  await cleanup();
});

describe('a form version published through one server', () => {
  it('judges the next push through the other, and is in its /config', async () => {
    const device = await enrollDevice(first, 'BUNAGANA');
    const record = (formVersion: number) =>
      makePushRecord({ form: 'fms', formVersion, data: makeFmsData({ extra: 'yes' }) });
    // The second server has read the versions once already.
    expect((await pushRecords(second, device, [record(2)])).map((r) => r.status)).toEqual(['rejected']);

    const v2 = {
      ...FMS_V1,
      version: 2,
      fields: [
        ...FMS_V1.fields,
        { name: 'extra', type: 'boolean', required: false, label: { en: 'Extra', fr: 'En plus', sw: 'Ziada' } },
      ],
    };
    const admin = await login(first);
    const published = await first.app.request('/api/v1/forms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
      body: JSON.stringify(v2),
    });
    expect(published.status).toBe(201);

    const config = (await (await second.app.request('/api/v1/config', authed(device.token))).json()) as ConfigResponse;
    expect(config.forms.filter((f) => f.id === 'fms').map((f) => f.version)).toEqual([1, 2]);
    const pushed = await pushRecords(second, device, [
      makePushRecord({ form: 'fms', formVersion: 2, data: makeFmsData({ extra: true }) }),
    ]);
    expect(pushed.map((r) => r.status)).toEqual(['accepted']);
  });
});
