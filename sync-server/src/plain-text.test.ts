import { describe, expect, it } from 'vitest';
import { useDeviceScene } from '../test/support/device-scene.ts';
import { authed, jsonRequest } from '../test/support/test-server.ts';
import { makePushRecord, makePushRequest } from '../../shared/test/fixtures.ts';

const scene = useDeviceScene();

async function refused(res: Response, where: RegExp): Promise<void> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('invalid-text');
  expect(body.error.message).toMatch(where);
}

const count = async (table: string) =>
  (await scene().server.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n;

describe('text holding NUL or another control character, refused alike on both engines', () => {
  it('in a sign-in username: 400 invalid-text, not a failure of the database', async () => {
    const res = await scene().server.app.request(
      '/api/v1/sessions',
      jsonRequest('POST', { username: 'ad\u0000min', password: 'whatever it is' }),
    );
    await refused(res, /request body at username/);
  });

  it('in an enrollment code label: nothing is stored', async () => {
    const { server, admin } = scene();
    const before = await count('enrollment_codes');
    await refused(
      await server.app.request(
        '/api/v1/enrollments',
        jsonRequest('POST', { fmp: 'GOLI', label: 'tab\u0001let' }, admin),
      ),
      /label/,
    );
    expect(await count('enrollment_codes')).toBe(before);
  });

  it('in the envelope of a push: no record of the push is stored', async () => {
    const { server, device } = scene();
    const push = {
      ...makePushRequest(device.deviceId, [makePushRecord()]),
      client: { appVersion: '1.0\u0000', storagePersisted: true },
    };
    await refused(
      await server.app.request('/api/v1/sync/push', jsonRequest('POST', push, device.token)),
      /client\.appVersion/,
    );
    expect(await count('records')).toBe(0);
  });

  it('in a query string or a path', async () => {
    const { server, admin } = scene();
    await refused(await server.app.request('/api/v1/audit?username=a%00b', authed(admin)), /query/);
    await refused(await server.app.request('/api/v1/records/a%00b', authed(admin)), /path/);
  });
});
