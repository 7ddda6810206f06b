import { describe, expect, it } from 'vitest';
import { startServer } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { sleep } from './support/run-concurrently.ts';
import { integrityCheck } from './support/stored-state.ts';
import { createdByDevices, expectEveryRecordOnce } from './support/every-record-once.ts';

const KILLS = 30;
/** Records each device makes at least, however slowly a loaded machine lets it push between the kills. */
const RECORDS_PER_DEVICE = 350;

describe('the server killed with SIGKILL at random moments during pushes', () => {
  it(`loses nothing and stores nothing twice across ${KILLS} kills, and the database stays intact`, async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const server = await startServer();
    try {
      const devices = (await enrollDevices(server.url, 3)).map(
        (credentials) => new SimDevice(credentials, seededRandom(random.int(1, 2 ** 30))),
      );
      let stopping = false;
      let inFlight = 0;
      let killsDuringPushes = 0;
      const pushLoop = async (device: SimDevice) => {
        for (let round = 0; !(stopping && device.created.size >= RECORDS_PER_DEVICE) && round < 10_000; round++) {
          if (device.outbox.size < 300) device.create(device.random.int(1, 25));
          inFlight += 1;
          const outcome = await device.push(server.url, device.random.int(10, 150), { gzip: true, timeoutMs: 5000 });
          inFlight -= 1;
          if (outcome.kind === 'lost') await sleep(device.random.int(5, 30));
        }
      };
      const loops = devices.map(pushLoop);

      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(random.int(20, 250));
        if (inFlight > 0) killsDuringPushes += 1;
        await server.kill('SIGKILL');
        await server.restart();
      }
      stopping = true;
      await Promise.all(loops);
      for (const device of devices) await device.drain(server.url, { batchSize: 200, maxAttempts: 50 });
      await server.kill('SIGTERM');

      expect(killsDuringPushes, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS * 0.8);
      expect(await integrityCheck(server.database)).toBe('ok');
      expect(createdByDevices(devices).size).toBeGreaterThan(1000);
      await expectEveryRecordOnce(server.database, devices, `seed ${seed}`);
    } finally {
      await server.stop();
    }
  });
});
