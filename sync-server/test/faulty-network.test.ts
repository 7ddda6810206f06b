import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { startFaultyProxy, type FaultyProxy } from './support/faulty-proxy.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { expectEveryRecordOnce } from './support/every-record-once.ts';

const RECORDS_PER_DEVICE = 250;
const seed = testSeed();
const random = seededRandom(seed);

let server: ServerProcess;
let proxy: FaultyProxy;
beforeAll(async () => {
  server = await startServer();
  proxy = await startFaultyProxy(server.port, {
    rates: { dropAfterCommit: 0.3, resetBeforeForward: 0.1, resetMidRequest: 0.1, delay: 0.15 },
    random,
    maxDelayMs: 1500,
  });
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

describe('three devices syncing through a proxy that drops 30% of answers after commit, resets and delays', () => {
  it('drain their outboxes with no record lost or stored twice', async () => {
    const devices = (await enrollDevices(server.url, 3)).map((credentials) => new SimDevice(credentials, random));
    for (const device of devices) device.create(RECORDS_PER_DEVICE);

    const drained = await Promise.all(
      devices.map((device) =>
        device.drain(proxy.url, { batchSize: 25, maxAttempts: 500, timeoutMs: 1000, retryDelayMs: 10, gzip: true }),
      ),
    );

    expect(devices.map((d) => d.outbox.size)).toEqual([0, 0, 0]);
    expect(
      drained.reduce((sum, d) => sum + d.lost, 0),
      `seed ${seed}`,
    ).toBeGreaterThan(0);
    expect(proxy.stats.dropAfterCommit, `seed ${seed}`).toBeGreaterThan(0);
    expect(proxy.stats.resetBeforeForward, `seed ${seed}`).toBeGreaterThan(0);
    expect(proxy.stats.resetMidRequest, `seed ${seed}`).toBeGreaterThan(0);
    expect(proxy.stats.delay, `seed ${seed}`).toBeGreaterThan(0);
    // An answer dropped after commit makes the retry come back as duplicates: the case under test happened.
    expect(
      devices.reduce((sum, d) => sum + d.statusCounts.duplicate, 0),
      `seed ${seed}`,
    ).toBeGreaterThan(0);

    await expectEveryRecordOnce(server.database, devices, `seed ${seed}`);
  });
});
