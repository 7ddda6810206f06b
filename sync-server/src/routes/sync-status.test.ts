import { beforeEach, describe, expect, it } from 'vitest';
import { authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import type { DevicesResponse } from '../../../shared/devices.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

const emptied = {
  outbox: { pending: 0, oldestPendingAt: null },
  client: { appVersion: '1.2.0', storagePersisted: false },
};
const report = (body: unknown, token = device.token) =>
  server.app.request('/api/v1/sync/status', jsonRequest('PUT', body, token));
const deviceRow = async () => await server.db.get('SELECT * FROM devices WHERE id = ?', [device.deviceId]);

async function fleetEntry() {
  const res = await server.app.request('/api/v1/devices', authed(admin));
  return ((await res.json()) as DevicesResponse).devices.find((d) => d.deviceId === device.deviceId);
}

describe('PUT /api/v1/sync/status', () => {
  it('shows the fleet an outbox the device emptied after its last push', async () => {
    const push = {
      ...makePushRequest(device.deviceId, [makePushRecord()]),
      outbox: { pending: 3, oldestPendingAt: '2026-11-19T08:00:00+03:00' },
    };
    await server.app.request('/api/v1/sync/push', jsonRequest('POST', push, device.token));
    expect(await fleetEntry()).toMatchObject({ outboxPending: 3 });

    const res = await report(emptied);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ fmp: 'MPONDWE' });
    expect(await fleetEntry()).toMatchObject({
      outboxPending: 0,
      oldestPendingAt: null,
      appVersion: '1.2.0',
      storagePersisted: false,
      lastSeenAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it.each([
    [
      'a pending count sent as text',
      { ...emptied, outbox: { pending: '0', oldestPendingAt: null } },
      'invalid-request',
    ],
    ['a negative pending count', { ...emptied, outbox: { pending: -1, oldestPendingAt: null } }, 'invalid-request'],
    ['no client part', { outbox: emptied.outbox }, 'invalid-request'],
    [
      'an oldest pending time that is not a timestamp',
      { ...emptied, outbox: { pending: 1, oldestPendingAt: 'yesterday' } },
      'invalid-request',
    ],
    ['text that is not JSON', '{"outbox":', 'invalid-json'],
  ])('refuses %s with 400 and keeps the last report', async (_name, body, code) => {
    await report({ ...emptied, outbox: { pending: 2, oldestPendingAt: '2026-11-19T08:00:00+03:00' } });
    const before = await deviceRow();
    const res =
      typeof body === 'string'
        ? await server.app.request('/api/v1/sync/status', {
            method: 'PUT',
            headers: { Authorization: `Bearer ${device.token}` },
            body,
          })
        : await report(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code } });
    expect(await deviceRow()).toEqual(before);
  });

  it('refuses a body larger than any report with 413', async () => {
    const res = await report({ ...emptied, padding: ' '.repeat(64 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });
});
