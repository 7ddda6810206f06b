import { beforeEach, describe, expect, it } from 'vitest';
import { authed, jsonRequest, type TestServer } from '../../test/support/test-server.ts';
import { useDeviceScene, type DeviceScene } from '../../test/support/device-scene.ts';
import { makeFmrData, makePushRecord, makePushRequest } from '../../../shared/test/fixtures.ts';
import type { PushRecord, PushResponse } from '../../../shared/push.ts';
import type { DevicesResponse } from '../../../shared/devices.ts';

const scene = useDeviceScene();
let server: TestServer, admin: string, device: DeviceScene['device'];
beforeEach(() => void ({ server, admin, device } = scene()));

async function push(records: PushRecord[]): Promise<PushResponse> {
  const res = await server.app.request(
    '/api/v1/sync/push',
    jsonRequest('POST', makePushRequest(device.deviceId, records), device.token),
  );
  expect(res.status).toBe(200);
  return (await res.json()) as PushResponse;
}

const move = (fmp: string, deviceId = device.deviceId) =>
  server.app.request(`/api/v1/devices/${deviceId}`, jsonRequest('PATCH', { fmp }, admin));

/** A record of this FMP finalised at `finalizedAt` (EAT), observed a minute before. */
const recordAt = (fmp: string, finalizedAt = '2026-11-20T09:16:00+03:00') =>
  makePushRecord({ finalizedAt, data: makeFmrData({ fmp, observed_at: finalizedAt.replace(':16:', ':15:') }) });

async function errorOf(response: Response | Promise<Response>): Promise<[number, string]> {
  const res = await response;
  return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
}

const statusOf = (response: PushResponse) =>
  response.results.map((r) => [r.status, r.errors?.map((e) => [e.code, e.path])]);

describe('records from a device carry its FMP', () => {
  it('rejects a record a tablet enrolled at MPONDWE stores as GOLI, and stores the others of the batch', async () => {
    const response = await push([recordAt('MPONDWE'), recordAt('GOLI')]);
    expect(statusOf(response)).toEqual([
      ['accepted', undefined],
      ['rejected', [['fmp-not-device-fmp', 'data.fmp']]],
    ]);
    expect(await server.db.get('SELECT count(*) AS n FROM record_quarantine')).toEqual({ n: 1 });
  });

  it('rejects a record for a deactivated FMP', async () => {
    await server.app.request('/api/v1/fmps/MPONDWE', jsonRequest('PATCH', { active: false }, admin));
    expect(statusOf(await push([recordAt('MPONDWE')]))).toEqual([['rejected', [['fmp-inactive', 'data.fmp']]]]);
  });

  it('tells the device its FMP in every push answer', async () => {
    expect((await push([])).fmp).toBe('MPONDWE');
  });
});

describe('PATCH /api/v1/devices/:deviceId', () => {
  it('tells a tablet with nothing to send its new FMP in the answer to its status report', async () => {
    expect((await move('GOLI')).status).toBe(200);
    const report = {
      outbox: { pending: 0, oldestPendingAt: null },
      client: { appVersion: 'test', storagePersisted: true },
    };
    const res = await server.app.request('/api/v1/sync/status', jsonRequest('PUT', report, device.token));
    expect(await res.json()).toEqual({ fmp: 'GOLI' });
  });

  it('moves the device: new records must carry the new FMP, and the push answer says so', async () => {
    const before = recordAt('MPONDWE');
    await push([before]);
    server.clock.now = new Date('2026-11-20T10:00:00Z');
    const res = await move('GOLI');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deviceId: device.deviceId, fmp: 'GOLI', movedAt: '2026-11-20T10:00:00.000Z' });

    server.clock.now = new Date('2026-11-20T12:00:00Z');
    const afterMove = '2026-11-20T14:16:00+03:00';
    const response = await push([recordAt('GOLI', afterMove), recordAt('MPONDWE', afterMove)]);
    expect(statusOf(response)).toEqual([
      ['accepted', undefined],
      ['rejected', [['fmp-not-device-fmp', 'data.fmp']]],
    ]);
    expect(response.fmp).toBe('GOLI');
    expect(await server.db.get('SELECT fmp FROM records WHERE id = ?', [before.id])).toEqual({ fmp: 'MPONDWE' });
  });

  it('still accepts a record finalised at the old FMP before the move and pushed after it', async () => {
    server.clock.now = new Date('2026-11-20T10:00:00Z');
    await move('GOLI');
    await move('BUNAGANA');
    server.clock.now = new Date('2026-11-20T12:00:00Z');
    const response = await push([
      recordAt('MPONDWE', '2026-11-20T12:59:00+03:00'),
      recordAt('GOLI', '2026-11-20T12:59:00+03:00'),
    ]);
    expect(statusOf(response)).toEqual([
      ['accepted', undefined],
      ['rejected', [['fmp-not-device-fmp', 'data.fmp']]],
    ]);
  });

  it('lists the device at its new FMP and writes device.move to the audit log', async () => {
    await move('GOLI');
    const { devices } = (await (await server.app.request('/api/v1/devices', authed(admin))).json()) as DevicesResponse;
    expect(devices.find((d) => d.deviceId === device.deviceId)?.fmp).toBe('GOLI');
    const audit = (await (await server.app.request('/api/v1/audit?action=device.move', authed(admin))).json()) as {
      entries: { target: string; details: unknown }[];
    };
    expect(audit.entries).toMatchObject([
      { target: `device:${device.deviceId}`, details: { from: 'MPONDWE', to: 'GOLI' } },
    ]);
  });

  it('answers without a move when the device is already there', async () => {
    expect(await (await move('MPONDWE')).json()).toEqual({ deviceId: device.deviceId, fmp: 'MPONDWE', movedAt: null });
    expect(await server.db.get('SELECT count(*) AS n FROM device_moves')).toEqual({ n: 0 });
  });

  it('refuses an unknown FMP, a deactivated one and an unknown device', async () => {
    await server.app.request('/api/v1/fmps/GOLI', jsonRequest('PATCH', { active: false }, admin));
    expect(await errorOf(move('ATLANTIS'))).toEqual([400, 'unknown-fmp']);
    expect(await errorOf(move('GOLI'))).toEqual([400, 'unknown-fmp']);
    expect(await errorOf(move('BUNAGANA', 'no-such-device'))).toEqual([404, 'device-not-found']);
  });

  it('refuses to move a revoked device', async () => {
    await server.app.request(`/api/v1/devices/${device.deviceId}`, { method: 'DELETE', ...authed(admin) });
    expect(await errorOf(move('GOLI'))).toEqual([409, 'device-revoked']);
  });
});
